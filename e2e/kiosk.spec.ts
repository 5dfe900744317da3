import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { readHubs, readLinkRows } from './support/dataset.ts';

const rows = readLinkRows();
const hubs = readHubs();
const yearOf = (row: (typeof rows)[number]) => (row.established ? Number(row.established.slice(0, 4)) : null);
const years = [...new Set(rows.map(yearOf).filter((year) => year !== null))].sort((a, b) => a - b);
/** Arcs shown while the tour is at `year`: every link signed by then; undated links wait for the overview. */
const signedBy = (year: number) => rows.filter((row) => (yearOf(row) ?? Infinity) <= year).length;

/**
 * Small idle time, sped up: the tour starts 5 simulated seconds (2.5 s) after the last input, after a
 * 3-second countdown, and each year of the tour lasts 4 simulated seconds (2 s): time enough for software
 * WebGL to draw a 4K frame of each step.
 */
const KIOSK_QUERY = 'mode=kiosk&lang=en&idle=5&timescale=2';

/**
 * Kiosk type is 2.4vmin (kiosk.css): 26 px on a 1920×1080 screen, 52 px at 3840×2160. A control's text must
 * be at least 2.2% of the screen's shorter side, about 24 px at 1080p, i.e. readable from 2–3 m on 55".
 */
const MIN_FONT_SHARE_OF_SHORT_SIDE = 0.022;
const MIN_TARGET_PX = 48;

interface Snapshot {
  /** `performance.now()` when the page showed it. */
  at: number;
  phase: string | null;
  overlay: string;
  arcsVisible: string | undefined;
}

/** Records every change of the attract phase, overlay text and visible arcs, so no state is missed between polls. */
async function recordAttract(page: Page): Promise<() => Promise<Snapshot[]>> {
  await page.evaluate(() => {
    const log: Snapshot[] = [];
    const take = () => {
      const app = document.querySelector<HTMLElement>('.app');
      const snapshot = {
        at: performance.now(),
        phase: app?.getAttribute('data-attract') ?? null,
        overlay: document.querySelector('.attract-overlay')?.textContent ?? '',
        arcsVisible: document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.arcsVisible,
      };
      const last = log.at(-1);
      if (
        !last ||
        last.phase !== snapshot.phase ||
        last.overlay !== snapshot.overlay ||
        last.arcsVisible !== snapshot.arcsVisible
      )
        log.push(snapshot);
    };
    take();
    new MutationObserver(take).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributeFilter: ['data-attract', 'data-arcs-visible'],
    });
    (window as unknown as { attractLog: Snapshot[] }).attractLog = log;
    window.addEventListener(
      'pointerdown',
      () => ((window as unknown as { firstTouchAt: number }).firstTouchAt = performance.now()),
      { capture: true, once: true },
    );
  });
  return () => page.evaluate(() => (window as unknown as { attractLog: Snapshot[] }).attractLog);
}

const phasesOf = (log: Snapshot[]) =>
  log.map((snapshot) => snapshot.phase).filter((phase, i, all) => phase !== all[i - 1]);

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
]) {
  test.describe(`kiosk at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, hasTouch: true });
    // Software WebGL draws a 4K frame slowly on a shared CI machine.
    test.slow(viewport.width > 2000);

    test('idle → countdown → tour with captions from the data; a touch gives control back', async ({
      app,
      page,
    }) => {
      await app.open(KIOSK_QUERY);
      const kioskAddress = await page.evaluate(() => location.href);
      const historyLength = await page.evaluate(() => history.length);
      const readLog = await recordAttract(page);
      // A visitor was just here: the loop starts over from idle.
      await page.touchscreen.tap(20, 20);

      await expect(page.locator('.app')).toHaveAttribute('data-attract', 'running');
      const firstYear = years[0] ?? 0;
      const firstRows = rows.filter((row) => yearOf(row) === firstYear);
      const firstHub = hubs.find((hub) => hub.id === firstRows[0]?.home_city);
      const firstHubRows = firstRows.filter((row) => row.home_city === firstHub?.id);
      const firstCaption = [
        `${firstYear}年 · ${firstHub?.nameZh} · 新增 ${firstHubRows.length} 个伙伴城市`,
        `${firstYear} · ${firstHub?.nameEn} · ${firstHubRows.length} new partner ${firstHubRows.length === 1 ? 'city' : 'cities'}`,
      ];

      // The years play forward: the arcs drawn under a caption of year Y are every link signed by Y. A slow
      // software renderer may skip a step's frame, so any two years seen that way will do.
      const yearsShownWithTheirArcs = (log: Snapshot[]) =>
        years.filter((year) =>
          log.some((s) => s.overlay.includes(`${year} ·`) && s.arcsVisible === String(signedBy(year))),
        );
      await expect
        .poll(async () => yearsShownWithTheirArcs(await readLog()).length, { timeout: 30_000 })
        .toBeGreaterThanOrEqual(2);
      const log = await readLog();
      // From the tap on: idle, then the countdown, then the tour. The tap may have come during a countdown
      // or the tour (the idle time is short), and sent the kiosk back to idle; or during the first idle.
      const tappedAt = await page.evaluate(
        () => (window as unknown as { firstTouchAt: number }).firstTouchAt,
      );
      const atTap = log.findLastIndex((s) => s.at <= tappedAt);
      const afterTap = log.slice(log.findIndex((s, i) => i >= atTap && s.phase === 'idle'));
      expect(phasesOf(afterTap).slice(0, 3)).toEqual(['idle', 'countdown', 'running']);
      const firstRunning = afterTap.find((s) => s.phase === 'running' && s.overlay !== '');
      for (const line of firstCaption) expect(firstRunning?.overlay).toContain(line);
      const countdown = afterTap.find((s) => s.phase === 'countdown');
      expect(countdown?.overlay).toMatch(/秒后开始自动导览/);
      expect(countdown?.overlay).toMatch(/Guided tour starts in \d+ seconds?/);
      const [earlier = 0, later = 0] = yearsShownWithTheirArcs(log);
      expect(signedBy(later), 'more arcs in a later year').toBeGreaterThan(signedBy(earlier));

      // The kiosk's URL is its home: the tour never writes it, so a tab restored after a crash comes home.
      expect(page.url(), 'the address after several tour steps').toBe(kioskAddress);
      expect(await page.evaluate(() => history.length), 'no history entries from the tour').toBe(
        historyLength,
      );

      // A touch anywhere stops the tour at once and brings the whole network back, without a caption. The
      // log is read rather than the live page: a few seconds later the tour starts again by itself.
      const touchedAt = (await readLog()).length;
      await page.getByRole('heading', { level: 1 }).tap();
      const isHomeAgain = (log: Snapshot[]) => {
        const afterTouch = log.slice(touchedAt);
        const stopped = afterTouch.some((s) => s.phase === 'idle' && s.overlay === '');
        const allArcs = afterTouch.some(
          (s) => s.phase !== 'running' && s.arcsVisible === String(rows.length),
        );
        return stopped && allArcs;
      };
      await expect.poll(async () => isHomeAgain(await readLog())).toBe(true);
    });

    test('large type, finger-sized targets, no context menu or text selection', async ({ app, page }) => {
      await app.open(`${KIOSK_QUERY.replace('idle=5', 'idle=600')}`);
      const shortSide = Math.min(viewport.width, viewport.height);
      const play = page.getByRole('button', { name: /Play/ });
      const fontSize = await play.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(shortSide * MIN_FONT_SHARE_OF_SHORT_SIDE);

      const targets = await page.evaluate((minimum) => {
        const targets = document.querySelectorAll<HTMLElement>(
          'button, select, summary, a[href], input:not([type="checkbox"]):not([type="hidden"]), label:has(> input[type="checkbox"])',
        );
        const shown = [...targets]
          .map((element) => ({ element, box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && box.height > 0);
        return {
          checked: shown.length,
          tooSmall: shown
            .filter(({ box }) => box.width < minimum || box.height < minimum)
            .map(({ element, box }) => `${element.outerHTML.slice(0, 80)} ${box.width}×${box.height}`),
        };
      }, MIN_TARGET_PX);
      // Hub toggles, chips, the partner list, the year slider, the map's zoom buttons…
      expect(targets.checked).toBeGreaterThan(rows.length);
      expect(targets.tooSmall).toEqual([]);

      const guards = await page.evaluate(() => {
        const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
        const isMenuOpened = document.querySelector('.summary')?.dispatchEvent(menu);
        return {
          isMenuOpened,
          userSelect: getComputedStyle(document.querySelector('.summary') as Element).userSelect,
          viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content'),
        };
      });
      expect(guards.isMenuOpened, 'the context menu is prevented').toBe(false);
      expect(guards.userSelect).toBe('none');
      expect(guards.viewport).toContain('user-scalable=no');
    });
  });
}

test.describe('kiosk with reduced motion', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true, reducedMotion: 'reduce' });

  test('the tour still moves through the captions and filters', async ({ app, page }) => {
    await app.open(KIOSK_QUERY);
    await expect(page.locator('.app')).toHaveAttribute('data-attract', 'running', { timeout: 20_000 });
    const caption = page.getByTestId('attract-caption');
    const first = await caption.textContent();
    const firstVisible = await app.arcsVisible();
    await expect(caption).not.toHaveText(first ?? '');
    await expect.poll(() => app.arcsVisible()).not.toBe(firstVisible);
  });
});

test.describe('kiosk daily reload', () => {
  const timezoneId = 'Asia/Shanghai';
  test.use({ viewport: { width: 1280, height: 800 }, timezoneId });

  test('reloads at the set time, once unattended, back to the URL it started with', async ({ app, page }) => {
    // Six simulated minutes from now, less the seconds HH:MM drops, at 60× speed: due five to six seconds into
    // the page's life. The kiosk's sped-up clock starts with the page, and a reload time that has already
    // passed when the kiosk starts (after the data is in) waits for the next day: a slow load must not get there.
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: timezoneId,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(Date.now() + 6 * 60_000));
    const query = `mode=kiosk&lang=en&idle=5&timescale=60&reload=${parts}`;
    const pageLoads: string[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame())
        pageLoads.push(request.url());
    });
    await app.open(query);
    await expect.poll(() => pageLoads.length, { timeout: 30_000 }).toBe(2);
    expect(new URL(pageLoads[1] ?? '').search, 'the URL it started with, not a view of the tour').toBe(
      `?${query}`,
    );
    await expect(app.map).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
    // The next reload is a (simulated) day away: the time that just passed does not come round again.
    await expect(page.locator('.app')).toHaveAttribute('data-attract', 'running');
    expect(pageLoads).toHaveLength(2);
  });
});
