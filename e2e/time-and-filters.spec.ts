import type { Page } from '@playwright/test';
import { expect, test, withoutMotion } from './fixtures.ts';
import type { AppPage } from './pages/app-page.ts';
import { REGION_IDS } from '../src/geo/regions.ts';
import { differingPixelShare, pngSize } from './support/png.ts';
import { figuresOf, mostCommon, isSelected, readHubs, readLinkFacts, yearDomain } from './support/dataset.ts';
import { hubLines, linksFile } from './support/bad-inputs.ts';

const links = readLinkFacts();

test.use(withoutMotion);
const [firstYear, lastYear] = yearDomain(links);

test('a year handle moves with the keyboard and the other with a pointer drag', async ({ app, page }) => {
  await app.open('lang=en');
  const from = app.yearHandle('from');
  const to = app.yearHandle('to');

  await from.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  const fromYear = firstYear + 5;
  await expect(from).toHaveValue(String(fromYear));
  await expect(page).toHaveURL(new RegExp(`from=${fromYear}`));
  await app.expectSelection(figuresOf(links, { from: fromYear }));

  // Both inputs span the same track; a thumb's centre runs from half a thumb in from either end.
  const box = await to.boundingBox();
  if (!box) throw new Error('the "to" handle has no box');
  const thumbHalf = 22;
  const xOf = (year: number) =>
    box.x + thumbHalf + ((year - firstYear) / (lastYear - firstYear)) * (box.width - 2 * thumbHalf);
  const y = box.y + box.height / 2;
  const toYear = lastYear - 10;
  await page.mouse.move(xOf(lastYear), y);
  await page.mouse.down();
  await page.mouse.move(xOf(toYear), y, { steps: 8 });
  await page.mouse.up();
  await expect(to).toHaveValue(String(toYear));
  await expect(page).toHaveURL(new RegExp(`to=${toYear}`));
  await app.expectSelection(figuresOf(links, { from: fromYear, to: toYear }));
});

test('playing grows the network year by year; pause keeps the year reached', async ({ app }) => {
  await app.open('lang=en');
  await app.speed.selectOption('0.5');
  const fontSize = () => app.yearDisplay.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
  const pausedSize = await fontSize();

  // Playing from the end of the range starts over at the first year; the current year is shown large.
  await app.playButton.click();
  await expect(app.yearDisplay).toHaveText(String(firstYear));
  expect(await fontSize(), 'the current year is large while playing').toBeGreaterThan(pausedSize * 1.5);
  await app.pauseButton.click();
  const firstStop = Number(await app.yearHandle('to').inputValue());
  await expect(app.yearDisplay).toHaveText(app.messages.time.range(firstYear, firstStop));
  await app.expectSelection(figuresOf(links, { to: firstStop }));

  // Playing again goes on from there, one year at a time.
  await app.playButton.click();
  await expect(app.yearDisplay).toHaveText(String(firstStop + 1));
  await app.pauseButton.click();
  const secondStop = Number(await app.yearHandle('to').inputValue());
  expect(secondStop).toBeGreaterThan(firstStop);
  await app.expectSelection(figuresOf(links, { to: secondStop }));
});

/**
 * Plays from `startYear` (the range's end is the data's last year) to `pulsingYear`, then pauses; screenshots
 * of the map while that year pulses and after the pause differ only by the pulsing arcs. `drawnFrom` says
 * whether the pulsing frames are drawn whole or composited from cached layers.
 */
async function expectEarlierYearsSteadyWhilePulsing(
  { app, page }: { app: AppPage; page: Page },
  query: string,
  [startYear, pulsingYear]: readonly [number, number],
  drawnFrom: 'scene' | 'layers',
) {
  await app.open(`lang=en&${query}&from=${startYear}&to=${lastYear}`);
  // Two seconds a year: the screenshot of thousands of arcs and the pause must both fall within the year.
  await app.speed.selectOption('0.5');
  const canvas = app.map.locator('canvas.maplibregl-canvas');

  await app.playButton.click();
  let playing: Buffer | null = null;
  await expect(async () => {
    await expect(app.yearDisplay).toHaveText(String(pulsingYear), { timeout: 100 });
    playing = await canvas.screenshot();
    await expect(app.yearDisplay, 'the shot was taken within one year').toHaveText(String(pulsingYear), {
      timeout: 100,
    });
  }).toPass({ timeout: 40_000, intervals: [50] });
  await expect(app.map).toHaveAttribute('data-arcs-drawn-from', drawnFrom);
  await app.pauseButton.click();
  await expect(app.yearDisplay).toHaveText(app.messages.time.range(startYear, pulsingYear));
  await page.waitForTimeout(300);
  const paused = await canvas.screenshot();

  const levels = page.getByRole('group', { name: 'Signing level' }).getByRole('button');
  for (const level of await levels.all()) await level.click();
  await expect(app.map).toHaveAttribute('data-arcs-visible', '0');
  await page.waitForTimeout(300);
  const withoutArcs = await canvas.screenshot();

  const arcsShare = differingPixelShare(paused, withoutArcs);
  expect(arcsShare, 'the arcs of the range cover a visible part of the map').toBeGreaterThan(0.002);
  // Only the pulsing year's arcs look different while playing.
  expect(pngSize(playing!), 'pressing play or pause does not resize the map').toEqual(pngSize(paused));
  expect(differingPixelShare(playing!, paused)).toBeLessThan(arcsShare / 2);
}

const datedYears = [...new Set(links.flatMap((link) => (link.year === null ? [] : [link.year])))].sort(
  (a, b) => a - b,
);
// Playing from the end of a range starts at its first year; three steps in, earlier years have arcs.
const playedYears = [datedYears.at(-8)!, datedYears.at(-5)!] as const;

test('while a year pulses in playback, the years before it stay drawn as they are', async ({ app, page }) => {
  await expectEarlierYearsSteadyWhilePulsing({ app, page }, '', playedYears, 'scene');
});

test('with thousands of arcs in view, a pulsing year is drawn over cached layers of the years before it', async ({
  app,
  page,
}) => {
  // The official links 50 times over, under other partner names: the same years, far more arcs.
  const copies = 50;
  const lines = ['daqing', 'jinzhong', 'liaocheng', 'chongqing'].flatMap(hubLines);
  const file = linksFile(
    'many-years.tsv',
    Array.from({ length: copies }, () => lines).flat(),
    (cells, index) => {
      const copy = Math.floor(index / lines.length);
      cells.id = '';
      cells.partner_zh = `${cells.partner_zh}${copy}`;
      cells.partner_en = `${cells.partner_en} ${copy}`;
    },
  );
  await page.route('**/site-data/many-years.tsv', (route) =>
    route.fulfill({ body: file.buffer, contentType: 'text/tab-separated-values' }),
  );
  const inRange = links.filter(
    (link) => link.year !== null && link.year >= playedYears[0] && link.year <= playedYears[1],
  );
  expect(inRange.length * copies, 'enough arcs in view for the cached layers').toBeGreaterThanOrEqual(1000);
  await expectEarlierYearsSteadyWhilePulsing(
    { app, page },
    'data=site-data/many-years.tsv',
    playedYears,
    'layers',
  );
});

test('region, hub, relation and level chips filter the arcs and the summary', async ({ app, page }) => {
  await app.open('lang=en');
  await app.expectSelection(figuresOf(links));
  const region = mostCommon(links, (link) => link.region);
  const hubId = mostCommon(links, (link) => link.hub);
  const hub = readHubs().find((candidate) => candidate.id === hubId);
  if (!hub) throw new Error(`hubs.tsv lacks ${hubId}`);

  await app.regionChip(region).click();
  await expect(app.regionChip(region)).toHaveAttribute('aria-pressed', 'false');
  const regions = REGION_IDS.filter((id) => id !== region);
  await app.expectSelection(figuresOf(links, { regions }));

  await app.hubToggle(new RegExp(`^${hub.nameEn}`)).click();
  const hubs = readHubs()
    .map((candidate) => candidate.id)
    .filter((id) => id !== hub.id);
  await app.expectSelection(figuresOf(links, { regions, hubs }));

  await app.relationChip('intent').click();
  const relations = ['sister', 'partner'];
  await app.expectSelection(figuresOf(links, { regions, hubs, relations }));

  await app.levelChip('county').click();
  const selection = { regions, hubs, relations, levels: ['prefecture'] };
  await app.expectSelection(figuresOf(links, selection));
  await expect(page).toHaveURL(/relations=sister,partner&levels=prefecture/);

  // A switched-off chip still says how many links it would bring back under the other filters.
  const regionBack = links.filter(
    (link) => link.region === region && isSelected(link, { ...selection, regions: undefined }),
  );
  await expect(app.regionChip(region)).toHaveAccessibleName(
    `${app.messages.region[region]} ${regionBack.length}`,
  );

  await page.getByRole('button', { name: app.messages.filters.reset }).click();
  await app.expectSelection(figuresOf(links));
});

test('undated links are counted and follow their own toggle, whatever the year range', async ({
  app,
  page,
}) => {
  const undated = links.filter((link) => link.year === null).length;
  expect(undated, 'links.tsv has links with unknown dates').toBeGreaterThan(0);
  const range = { from: firstYear + 10, to: lastYear - 10 };
  await app.open(`lang=en&from=${range.from}&to=${range.to}`);

  await expect(app.undatedToggle).toBeChecked();
  await expect(app.undatedToggle).toHaveAccessibleName(app.messages.time.undated(String(undated)));
  const withUndated = figuresOf(links, range);
  await app.expectSelection(withUndated);

  await app.undatedToggle.uncheck();
  await expect(page).toHaveURL(/undated=0/);
  const withoutUndated = figuresOf(links, { ...range, undated: false });
  await app.expectSelection(withoutUndated);
  expect(withUndated.links - withoutUndated.links).toBe(undated);
});
