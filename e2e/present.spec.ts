import AxeBuilder from '@axe-core/playwright';
import { expect, test as base } from './fixtures.ts';
import { PresentPage } from './pages/present-page.ts';
import { readLinkRows } from './support/dataset.ts';
import type { RawLinkRow } from './support/dataset.ts';
import { measurePng, pngSize } from './support/png.ts';
import { readStorySteps, rowsOfStep } from './support/story.ts';
import type { RawStoryStep } from './support/story.ts';

const test = base.extend<{ present: PresentPage }>({
  present: async ({ page }, use) => use(new PresentPage(page)),
});
test.use({ viewport: { width: 1280, height: 720 } });

const rows = readLinkRows();
const steps = readStorySteps();
/** The Okabe–Ito colours the app gives the first hubs: arcs and points in an export are drawn in them. */
const HUB_COLORS = ['#E69F00', '#56B4E9', '#F0E442', '#CC79A7'];

const stepAt = (index: number): RawStoryStep => {
  const step = steps[index];
  if (!step) throw new Error(`data/story.json has no step ${index + 1}`);
  return step;
};
const stepNumber = (id: string) => steps.findIndex((step) => step.id === id) + 1;
const partnersOf = (selected: readonly RawLinkRow[]) =>
  new Set(
    selected.map(
      (row) =>
        `${row.country_iso2}:${(row.partner_en || row.partner_zh || '')
          .replace(/\s*\(.*\)\s*$/, '')
          .trim()
          .toLowerCase()}`,
    ),
  ).size;

async function expectStep(present: PresentPage, index: number) {
  const step = stepAt(index);
  await expect(present.title).toHaveText(step.title.en);
  await expect(present.stepIndicator).toHaveText(`${index + 1} / ${steps.length}`);
  await expect(present.page).toHaveURL(new RegExp(`[?&]step=${index + 1}(&|$)`));
  await present.expectArcs(rows.length, rowsOfStep(rows, step).length);
}

test.describe('present mode', () => {
  test.beforeAll(() => {
    expect(steps.length, 'the story has enough steps for the keyboard walk').toBeGreaterThanOrEqual(3);
  });

  test('steps through the story with →, PageDown and ←, and back/forward follow', async ({
    present,
    page,
  }) => {
    await present.open('mode=present&step=1&lang=en');
    await expectStep(present, 0);
    await page.keyboard.press('ArrowRight');
    await expectStep(present, 1);
    await page.keyboard.press('PageDown');
    await expectStep(present, 2);
    await page.keyboard.press('ArrowLeft');
    await expectStep(present, 1);
    await page.goBack();
    await expectStep(present, 2);
    await page.goForward();
    await expectStep(present, 1);
  });

  test('F toggles full screen and space plays the years of the step', async ({ present, page }) => {
    const number = stepNumber('since-2020');
    expect(number, 'the story has the step since 2020').toBeGreaterThan(0);
    const from = stepAt(number - 1).view.from;
    await present.open(`mode=present&step=${number}&lang=en`);
    // The story loads after the map: its step's years must be in place before space plays them.
    await expectStep(present, number - 1);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: '⏸ Pause' })).toBeVisible();
    // Playing starts from the step's first year and counts up.
    const year = Number(await page.locator('.present-year').textContent());
    expect(year).toBeGreaterThanOrEqual(from ?? 0);
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: '▶ Play' })).toBeVisible();
  });

  test('a step URL opens that step, with its live figures in the caption', async ({ present }) => {
    const number = stepNumber('pacific');
    expect(number, 'the story has the Pacific step').toBeGreaterThan(0);
    const selected = rowsOfStep(rows, stepAt(number - 1));
    await present.open(`mode=present&step=${number}&lang=en`);
    await expectStep(present, number - 1);
    const countries = new Set(selected.map((row) => row.country_iso2)).size;
    await expect(present.caption).toContainText(`${partnersOf(selected)} friendly-cooperation cities`);
    await expect(present.caption).toContainText(`${countries} Pacific island countries`);
  });

  test('Esc leaves present mode for the normal app with the same view', async ({ present, page }) => {
    const number = stepNumber('chongqing');
    await present.open(`mode=present&step=${number}&lang=en`);
    const visible = rowsOfStep(rows, stepAt(number - 1)).length;
    await present.expectArcs(rows.length, visible);
    await expect(page.getByRole('heading', { level: 1, name: 'Sister-city map' })).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1, name: 'Sister-city map' })).toBeVisible();
    await expect(present.title).toHaveCount(0);
    await expect(page).not.toHaveURL(/[?&](mode|step)=/);
    await expect(page).toHaveURL(/[?&]hubs=chongqing(&|$)/);
    await expect(page.getByTestId('hub-chongqing')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('hub-daqing')).toHaveAttribute('aria-pressed', 'false');
    await present.expectArcs(rows.length, visible);
  });

  test('draws no place name under the caption or the toolbar', async ({ present, page }) => {
    await present.open('mode=present&step=1&lang=en');
    await present.expectArcs(rows.length, rowsOfStep(rows, stepAt(0)).length);
    const countLabelPixels = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('canvas.labels-overlay');
        const image = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height);
        if (!canvas || !image) throw new Error('no labels canvas');
        const origin = canvas.getBoundingClientRect();
        const scale = canvas.width / origin.width;
        const covers = [...document.querySelectorAll('.present-caption, .present-toolbar')].map((cover) =>
          cover.getBoundingClientRect(),
        );
        const counts = { underCovers: 0, elsewhere: 0 };
        for (let y = 0; y < image.height; y++)
          for (let x = 0; x < image.width; x++) {
            if (image.data[4 * (y * image.width + x) + 3] === 0) continue;
            const [left, top] = [origin.left + x / scale, origin.top + y / scale];
            const isCovered = covers.some(
              (cover) => left >= cover.left && left < cover.right && top >= cover.top && top < cover.bottom,
            );
            counts[isCovered ? 'underCovers' : 'elsewhere'] += 1;
          }
        return counts;
      });
    // Labels are drawn once the camera has settled: two readings a moment apart agree.
    let previous = '';
    await expect
      .poll(async () => {
        const reading = JSON.stringify(await countLabelPixels());
        const isSettled = reading === previous;
        previous = reading;
        return isSettled;
      })
      .toBe(true);
    const counts = JSON.parse(previous) as { underCovers: number; elsewhere: number };
    expect(counts.elsewhere, 'place names are drawn beside the caption').toBeGreaterThan(2000);
    expect(counts.underCovers, 'label pixels under the caption and the toolbar').toBe(0);
  });

  test('exports the view as PNG at screen size and at 3840×2160, with the arcs drawn', async ({
    present,
  }) => {
    test.setTimeout(180_000);
    await present.open(`mode=present&step=1&lang=en`);
    await present.expectArcs(rows.length, rowsOfStep(rows, stepAt(0)).length);
    const screen = await present.map.evaluate((element) => ({
      width: Math.round(element.clientWidth * window.devicePixelRatio),
      height: Math.round(element.clientHeight * window.devicePixelRatio),
    }));

    const small = await present.exportPng('PNG, screen size');
    expect(pngSize(small.bytes)).toEqual(screen);
    expect(small.download.suggestedFilename()).toMatch(/^sister-city-map_\d{4}-\d{4}_\d+x\d+\.png$/);
    const smallStats = measurePng(small.bytes, HUB_COLORS);
    expect(smallStats.luminanceSpread).toBeGreaterThan(8);
    expect(smallStats.pixelsNear).toBeGreaterThan(2000);

    const large = await present.exportPng('PNG, 3840×2160');
    expect(pngSize(large.bytes)).toEqual({ width: 3840, height: 2160 });
    expect(large.download.suggestedFilename()).toMatch(/_3840x2160\.png$/);
    const largeStats = measurePng(large.bytes, HUB_COLORS);
    expect(largeStats.luminanceSpread).toBeGreaterThan(8);
    expect(largeStats.pixelsNear).toBeGreaterThan(2000);
  });
});

test.describe('projector theme', () => {
  const seriousOrWorse = (violations: { impact?: string | null; id: string }[]) =>
    violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');

  test('is switched from the header, kept in the URL, and passes axe', async ({ present, page }) => {
    await present.open('lang=en');
    const toggle = page.getByRole('button', { name: 'Projector' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]theme=projector(&|$)/);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Projector' })).toHaveAttribute('aria-pressed', 'true');
    await expect(present.map).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(seriousOrWorse(results.violations)).toEqual([]);
  });

  test('passes axe in present mode', async ({ present, page }) => {
    await present.open('mode=present&step=2&theme=projector&lang=en');
    await expect(present.title).toHaveText(stepAt(1).title.en);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(seriousOrWorse(results.violations)).toEqual([]);
  });
});
