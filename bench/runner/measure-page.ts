import type { CDPSession, Page } from '@playwright/test';
import { REGION_IDS } from '../../src/geo/region-ids.ts';
import type { ChangeTiming, FrameCount } from '../probe/page-probe.ts';
import type { BenchDataset } from './datasets.ts';
import { launchBrowser, measureHeap, openPage, recordResponses, traced } from './browser.ts';
import type { BenchOptions } from './options.ts';
import { probeScript } from './probe-script.ts';
import { median } from './stats.ts';
import { mainThreadBusyMs } from './trace.ts';
import { emptyRun } from './types.ts';
import type { PageId, PageRun } from './types.ts';

export interface MapSize {
  width: number;
  height: number;
}

export interface PageRunRequest {
  page: PageId;
  dataset: BenchDataset;
  baseUrl: string;
  mapSize: MapSize;
  options: BenchOptions;
  /** The app's heap after many changes and the kiosk soak are measured once per dataset, on the first run. */
  isFirstRun: boolean;
  log: (line: string) => void;
}

const LOAD_TIMEOUT_MS = 240_000;
const CHANGE_TIMEOUT_MS = 120_000;
/** How long after a change showed its main-thread time is still counted for the "and the 1 s after" figures. */
const AFTERMATH_MS = 1_000;
const SETTLE_AFTER_LOAD_MS = 1_000;
const WRONG_COUNT_GRACE_MS = 15_000;
/** Changes between two rendered frames in the many-changes heap step (a leak test, not a timing). */
const CHANGES_PER_FRAME = 250;
const APP_PLAYBACK_SPEED = '4';

function pageUrl(request: PageRunRequest, extraQuery = ''): string {
  const { page, dataset, baseUrl, mapSize } = request;
  const join = (...parts: string[]) => parts.filter(Boolean).join('&');
  if (page === 'app') return `${baseUrl}?${join(dataset.appQuery, extraQuery)}`;
  const size = `w=${mapSize.width}&h=${mapSize.height}`;
  return `${baseUrl}baselines/${page}.html?${join(page === 'basemap' ? '' : dataset.baselineQuery, size)}`;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms / 1000} s`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

const message = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

async function waitForQuiet(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__benchProbe.pendingWorkerRequests().length === 0, null, {
    timeout: CHANGE_TIMEOUT_MS,
    polling: 100,
  });
}

/** Loads the page and waits for the first frame with all arcs; returns null (with a note) when it never comes. */
async function load(page: Page, request: PageRunRequest, url: string, run: PageRun): Promise<boolean> {
  await page.goto(url, { timeout: LOAD_TIMEOUT_MS });
  const expected = String(request.page === 'basemap' ? 0 : request.dataset.links);
  try {
    // A page that drew some other number of arcs and then nothing new for a while will not get there.
    await page.waitForFunction(
      ([wrong, graceMs]) => {
        const probe = window.__benchProbe;
        if (probe.timeToArcsMs !== null) return true;
        const others = probe.arcsDrawnSeen.filter((seen) => seen !== wrong && seen !== '0');
        const w = window as unknown as { __benchWrongSince?: number };
        if (others.length === 0) return false;
        w.__benchWrongSince ??= performance.now();
        return performance.now() - w.__benchWrongSince > graceMs;
      },
      [expected, WRONG_COUNT_GRACE_MS] as const,
      { timeout: LOAD_TIMEOUT_MS, polling: 250 },
    );
    if ((await page.evaluate(() => window.__benchProbe.timeToArcsMs)) === null)
      throw new Error('wrong count');
  } catch {
    const seen = await page.evaluate(() => window.__benchProbe.arcsDrawnSeen).catch(() => []);
    run.notes.push(
      request.page === 'app' && seen.length > 0
        ? `app drew ${seen.join(' then ')} arcs, never ${expected}: this build ignores ?data=`
        : `${request.page}: arcs never drawn within ${LOAD_TIMEOUT_MS / 1000} s (seen: ${seen.join(', ') || 'none'})`,
    );
    return false;
  }
  run.timeToArcsMs = await page.evaluate(() => window.__benchProbe.timeToArcsMs);
  return true;
}

/** Applies one change in the page and returns its wall and main-thread time; null figures on a timeout. */
async function measureChange(
  page: Page,
  cdp: CDPSession,
  apply: () => Promise<void>,
  what: string,
  run: PageRun,
): Promise<{ wallMs: number | null; mainMs: number | null; allMainMs: number | null }> {
  try {
    await waitForQuiet(page);
    const { value, events } = await traced(cdp, async () => {
      await apply();
      const timing = (await withTimeout(
        page.evaluate(() => window.__benchProbe.settled()),
        CHANGE_TIMEOUT_MS,
        what,
      )) as ChangeTiming;
      await page.waitForTimeout(AFTERMATH_MS);
      await page.evaluate(() => performance.mark('bench-change-aftermath'));
      return timing;
    });
    return {
      wallMs: value.endMs - value.startMs,
      mainMs: mainThreadBusyMs(events, 'bench-change-start', 'bench-change-drawn'),
      allMainMs: mainThreadBusyMs(events, 'bench-change-start', 'bench-change-aftermath'),
    };
  } catch (error) {
    run.notes.push(`${what}: ${message(error)}`);
    return { wallMs: null, mainMs: null, allMainMs: null };
  }
}

interface ChangeFigures {
  /** Medians over the timed changes. */
  wallMs: number | null;
  mainMs: number | null;
  allMainMs: number | null;
  /** The first change after load alone. */
  firstMainMs: number | null;
}

/**
 * Times `samples` changes in a row, the i-th applied by `applyNth(i)`, and an untimed one after an even
 * count, so the page ends in the state an odd count leaves (the next measurements start from it on every
 * page alike). A change that times out ends the series.
 */
async function measureChanges(
  page: Page,
  cdp: CDPSession,
  applyNth: (index: number) => () => Promise<void>,
  samples: number,
  what: string,
  run: PageRun,
): Promise<ChangeFigures> {
  const timed: Awaited<ReturnType<typeof measureChange>>[] = [];
  for (let index = 0; index < samples; index++) {
    const figures = await measureChange(page, cdp, applyNth(index), `${what} #${index + 1}`, run);
    timed.push(figures);
    if (figures.wallMs === null) break;
  }
  if (samples % 2 === 0 && timed.length === samples) {
    await applyNth(samples)();
    await page.waitForTimeout(AFTERMATH_MS);
  }
  return {
    wallMs: median(timed.map((figures) => figures.wallMs)),
    mainMs: median(timed.map((figures) => figures.mainMs)),
    allMainMs: median(timed.map((figures) => figures.allMainMs)),
    firstMainMs: timed[0]?.mainMs ?? null,
  };
}

async function keyStep(page: Page, key: 'ArrowLeft' | 'ArrowRight'): Promise<void> {
  await page.evaluate(() => window.__benchProbe.focusYearToHandle());
  await page.evaluate(() => window.__benchProbe.armOnNextKeydown());
  await page.keyboard.press(key);
}

/** One fresh browser, one page load, every figure that page has. */
export async function measurePageRun(request: PageRunRequest): Promise<PageRun> {
  const run = emptyRun();
  const { page: pageId, dataset, options } = request;
  const browser = await launchBrowser();
  try {
    const { page, cdp } = await openPage(browser);
    page.on('pageerror', (error) => run.notes.push(`${pageId} page error: ${error.message.split('\n')[0]}`));
    page.on('crash', () => run.notes.push(`${pageId}: the page crashed`));
    const expectedArcs = pageId === 'basemap' ? 0 : dataset.links;
    const region = pageId === 'app' ? dataset.regionChip : regionIndexOf(dataset);
    await page.addInitScript({
      content: probeScript({ page: pageId === 'app' ? 'app' : 'baseline', expectedArcs, region }),
    });
    const responses = recordResponses(page, new URL(request.baseUrl).origin);
    if (!(await load(page, request, pageUrl(request), run))) return run;
    run.bytes = await responses.stop();
    if (responses.foreign.length) run.notes.push(`requests to other origins: ${responses.foreign.join(' ')}`);
    await page.waitForTimeout(SETTLE_AFTER_LOAD_MS);
    await waitForQuiet(page);
    run.heapAfterLoad = await measureHeap(cdp);
    if (pageId === 'basemap') return run;

    const isApp = pageId === 'app';
    const toggle = async () =>
      page.evaluate(() => (window.__benchProbe.arm(), window.__benchProbe.toggleRegion()));
    // The region goes off, on, off…: an odd number of changes, so it is off from here on, on every page.
    const filter = await measureChanges(page, cdp, () => toggle, options.samples, 'filter change', run);
    run.filterWallMs = filter.wallMs;
    run.filterMainMs = filter.mainMs;
    run.filterFirstMainMs = filter.firstMainMs;
    run.filterAllMainMs = filter.allMainMs;

    // The upper year goes one year back, forth, back…: the playback then starts a year short of the last.
    const lastYear = dataset.yearDomain?.[1] ?? null;
    const setYearTo = (year: number | null) => async () =>
      page.evaluate((to) => (window.__benchProbe.arm(), window.benchPage?.setYearTo(to)), year);
    const isBack = (index: number) => index % 2 === 0;
    const step = await measureChanges(
      page,
      cdp,
      (index) =>
        isApp
          ? () => keyStep(page, isBack(index) ? 'ArrowLeft' : 'ArrowRight')
          : setYearTo(lastYear === null ? null : lastYear - (isBack(index) ? 1 : 0)),
      options.samples,
      'slider step',
      run,
    );
    run.sliderWallMs = step.wallMs;
    run.sliderMainMs = step.mainMs;
    run.sliderFirstMainMs = step.firstMainMs;
    run.sliderAllMainMs = step.allMainMs;

    const empty = async () => page.evaluate(() => window.__benchProbe.armEmptyChange());
    run.emptyChangeMainMs = (
      await measureChanges(page, cdp, () => empty, options.samples, 'empty change', run)
    ).mainMs;

    await measurePlayback(page, request, run);

    if (isApp && request.isFirstRun && options.changes > 0) {
      const changesStartedAt = Date.now();
      await withTimeout(
        page.evaluate(([count, batch]) => window.__benchProbe.repeatRegionToggles(count, batch), [
          options.changes,
          CHANGES_PER_FRAME,
        ] as const),
        30 * 60_000,
        'filter changes',
      );
      await page.waitForTimeout(SETTLE_AFTER_LOAD_MS);
      await waitForQuiet(page);
      run.heapAfterChanges = await measureHeap(cdp);
      request.log(
        `    ${options.changes} filter changes took ${((Date.now() - changesStartedAt) / 1000).toFixed(1)} s`,
      );
    }
  } catch (error) {
    run.notes.push(`${pageId}: ${message(error)}`);
  } finally {
    await browser.close();
  }
  return run;
}

function regionIndexOf(dataset: BenchDataset): number {
  return REGION_IDS.indexOf(dataset.region);
}

async function measurePlayback(page: Page, request: PageRunRequest, run: PageRun): Promise<void> {
  const ms = request.options.playbackSeconds * 1000;
  const isApp = request.page === 'app';
  try {
    await waitForQuiet(page);
    if (isApp)
      await page.evaluate((speed) => window.__benchProbe.startAppPlayback(speed), APP_PLAYBACK_SPEED);
    const count: FrameCount = await withTimeout(
      page.evaluate(([window_, step]) => window.__benchProbe.countFrames(window_, step), [
        ms,
        !isApp,
      ] as const),
      ms + CHANGE_TIMEOUT_MS,
      'playback',
    );
    if (isApp) await page.evaluate(() => window.__benchProbe.stopAppPlayback());
    run.redrawsPerSecond = count.arcFrames / count.seconds;
    run.rafPerSecond = count.rafFrames / count.seconds;
    run.maxFrameGapMs = count.maxGapMs;
    run.stepsPerSecond = isApp ? null : count.settledSteps / count.seconds;
    await page.waitForTimeout(SETTLE_AFTER_LOAD_MS);
    await waitForQuiet(page);
  } catch (error) {
    run.notes.push(`playback: ${message(error)}`);
  }
}

/** How long to wait for the attract loop to start after the (scaled) idle time. */
const ATTRACT_GRACE_MS = 5_000;
/**
 * The longest idle time a kiosk accepts (0.36 s at 10,000×). The tour is the same whatever the idle time;
 * the bench's simulated visitor only has to press a key more often than that to hold the kiosk at home.
 */
const KIOSK_IDLE_SECONDS = 3600;
const VISITOR_KEY_INTERVAL_MS = 50;
/** The flight home (1.2 s) has landed and the map has drawn the home view. */
const HOME_SETTLE_MS = 2_000;

/**
 * The heap at the kiosk's home view: a simulated visitor keeps pressing a key, which takes the kiosk home
 * and holds it idle while the heap is measured. The same view every time, so the figures compare like with
 * like (mid-tour, the heap depends on which step is showing: 1,000 partner rows or 10).
 */
async function measureHeapAtHome(page: Page, cdp: CDPSession): Promise<number> {
  // No named functions inside: tsx would wrap them in a helper the page lacks.
  const visitor = await page.evaluate(
    (intervalMs) =>
      window.setInterval(
        () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' })),
        intervalMs,
      ),
    VISITOR_KEY_INTERVAL_MS,
  );
  try {
    await page.waitForTimeout(HOME_SETTLE_MS);
    const heap = await measureHeap(cdp);
    const isHome = await page.evaluate(() => document.querySelector('[data-attract="idle"]') !== null);
    if (!isHome) throw new Error('the kiosk left its home view while the heap was measured');
    return heap;
  } finally {
    await page.evaluate((id) => window.clearInterval(id), visitor);
  }
}

const waitForAttract = (page: Page, timeoutMs: number) =>
  page.waitForFunction(() => document.querySelector('[data-attract="running"]') !== null, null, {
    timeout: timeoutMs,
    polling: 100,
  });

/**
 * The app in kiosk mode, left alone for a simulated day: heap at the home view after load, after the tour
 * warmed up (`warmupSeconds` of real time: by then the one-time costs of a first tour, optimised code above
 * all, are paid and the heap at the home view has levelled off), and after the attract loop then ran
 * `soakHours` at `timeScale` × real time. The attract loop is found by `data-attract="running"`; without it
 * the soak is reported n/a.
 */
export async function measureSoak(request: PageRunRequest, run: PageRun): Promise<void> {
  const { options } = request;
  const browser = await launchBrowser();
  try {
    const { page, cdp } = await openPage(browser);
    await page.addInitScript({
      content: probeScript({
        page: 'app',
        expectedArcs: request.dataset.links,
        region: request.dataset.regionChip,
      }),
    });
    const kiosk = `mode=kiosk&idle=${KIOSK_IDLE_SECONDS}&timescale=${options.timeScale}`;
    const soakRun = emptyRun();
    if (!(await load(page, request, pageUrl(request, kiosk), soakRun))) {
      run.notes.push(...soakRun.notes.map((note) => `kiosk soak: ${note}`));
      return;
    }
    await page.waitForTimeout(SETTLE_AFTER_LOAD_MS);
    const idleMs = (KIOSK_IDLE_SECONDS * 1000) / options.timeScale;
    try {
      await waitForAttract(page, idleMs + ATTRACT_GRACE_MS);
    } catch {
      run.notes.push(
        'kiosk soak n/a: no data-attract="running" in this build (the kiosk attract loop is absent)',
      );
      return;
    }
    const heapAtLoad = await measureHeapAtHome(page, cdp);
    await waitForAttract(page, idleMs + ATTRACT_GRACE_MS);
    request.log(`    kiosk warm-up: ${options.warmupSeconds} s of tour…`);
    await page.waitForTimeout(options.warmupSeconds * 1000);
    const heapWarm = await measureHeapAtHome(page, cdp);
    await waitForAttract(page, idleMs + ATTRACT_GRACE_MS);
    const soakMs = (options.soakHours * 3_600_000) / options.timeScale;
    request.log(`    kiosk soak: ${options.soakHours} simulated h in ${(soakMs / 1000).toFixed(1)} s…`);
    await page.waitForTimeout(soakMs);
    if (!(await page.evaluate(() => document.querySelector('[data-attract="running"]') !== null)))
      run.notes.push('kiosk soak: the attract loop had stopped by the end of the soak');
    run.heapSoakStart = heapAtLoad;
    run.heapSoakWarm = heapWarm;
    run.heapAfterSoak = await measureHeapAtHome(page, cdp);
  } catch (error) {
    run.notes.push(`kiosk soak: ${message(error)}`);
  } finally {
    await browser.close();
  }
}
