import { expect, test, withoutMotion } from './fixtures.ts';
import { REGION_IDS } from '../src/geo/regions.ts';
import { countBy, figuresOf, mostCommon, readLinkFacts, yearDomain } from './support/dataset.ts';

const links = readLinkFacts();

test.use(withoutMotion);

test('a deep link restores filters, years, card, projection, language and camera', async ({ app, page }) => {
  const dated = links.filter((link) => link.year !== null && link.level === 'prefecture');
  const partner = dated[Math.floor(dated.length / 2)];
  if (!partner?.year) throw new Error('links.tsv has no dated prefecture-level link');
  const otherRegion = countBy(links, (link) => link.region).find(([region]) => region !== partner.region);
  const selection = {
    regions: [partner.region, otherRegion?.[0] ?? partner.region],
    relations: [partner.relation],
    levels: ['prefecture'],
    from: partner.year - 5,
    to: partner.year + 5,
    undated: false,
  };
  const camera = { lng: Number(partner.lon.toFixed(3)), lat: Number(partner.lat.toFixed(3)), zoom: 3 };
  const query = new URLSearchParams({
    lang: 'en',
    projection: 'globe',
    regions: selection.regions.join(','),
    relations: selection.relations.join(','),
    levels: 'prefecture',
    from: String(selection.from),
    to: String(selection.to),
    undated: '0',
    partner: partner.partnerKey,
    center: `${camera.lng},${camera.lat}`,
    zoom: camera.zoom.toFixed(2),
  });
  await app.open(query.toString());

  await app.expectSelection(figuresOf(links, selection));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: app.messages.projection.globe })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(app.card.getByRole('heading', { level: 2 })).toHaveText(partner.partnerEn);
  await expect(app.yearHandle('from')).toHaveValue(String(selection.from));
  await expect(app.yearHandle('to')).toHaveValue(String(selection.to));
  await expect(app.undatedToggle).not.toBeChecked();
  for (const region of REGION_IDS.filter((id) => links.some((link) => link.region === id))) {
    await expect(app.regionChip(region)).toHaveAttribute(
      'aria-pressed',
      String(selection.regions.includes(region)),
    );
  }
  await expect(app.relationChip('intent')).toHaveAttribute(
    'aria-pressed',
    String(partner.relation === 'intent'),
  );
  await expect(app.levelChip('county')).toHaveAttribute('aria-pressed', 'false');

  // The map opened where the link said: one arrow-key pan moves a little east of that centre, same zoom.
  await app.mapCanvas.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => app.camera()?.lng ?? camera.lng).toBeGreaterThan(camera.lng);
  const panned = app.camera();
  expect(panned?.zoom).toBeCloseTo(camera.zoom, 2);
  expect(panned?.lng).toBeLessThan(camera.lng + 30);
  expect(Math.abs((panned?.lat ?? 90) - camera.lat)).toBeLessThan(5);
});

test('back and forward step through filter changes', async ({ app, page }) => {
  await app.open('lang=en');
  const region = mostCommon(links, (link) => link.region);
  const regions = REGION_IDS.filter((id) => id !== region);

  // The address bar follows each change a moment later; back/forward step through what it wrote.
  const param = (key: string) => () => new URL(page.url()).searchParams.get(key);
  await app.regionChip(region).click();
  await app.expectSelection(figuresOf(links, { regions }));
  await expect.poll(param('regions')).not.toBeNull();
  await app.levelChip('county').click();
  await app.expectSelection(figuresOf(links, { regions, levels: ['prefecture'] }));
  await expect.poll(param('levels')).toBe('prefecture');

  await page.goBack();
  await expect(app.levelChip('county')).toHaveAttribute('aria-pressed', 'true');
  await expect(app.regionChip(region)).toHaveAttribute('aria-pressed', 'false');
  await app.expectSelection(figuresOf(links, { regions }));

  await page.goBack();
  await expect(app.regionChip(region)).toHaveAttribute('aria-pressed', 'true');
  await app.expectSelection(figuresOf(links));

  await page.goForward();
  await expect.poll(() => new URL(page.url()).searchParams.get('regions')?.split(',')).toEqual([...regions]);
  await expect(app.regionChip(region)).toHaveAttribute('aria-pressed', 'false');
  await app.expectSelection(figuresOf(links, { regions }));
});

test('malformed, unknown, huge and repeated URL parameters never break the page', async ({ app, page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const [firstYear] = yearDomain(links);
  const region = mostCommon(links, (link) => link.region);

  // Repeated keys use the first value; a list keeps its known items; everything else falls back to the default.
  await app.open(
    [
      'lang=en',
      'lang=zh',
      `from=${firstYear + 10}`,
      'from=abc',
      'to=99999',
      `regions=mars,,${region}`,
      'hubs=%3Cscript%3E',
      'relations=',
      'undated=maybe',
      'projection=flat',
      'partner=zz:nobody',
      'center=east,north',
      'zoom=NaN',
      'labels=%E0%A4%A',
      'no-such-key=1',
    ].join('&'),
  );
  await app.expectArcs(links.length, figuresOf(links, { from: firstYear + 10, regions: [region] }).links);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(app.card).toBeHidden();
  expect(warnings.length, 'each rejected parameter is reported on the console').toBeGreaterThan(3);

  // Long enough to overflow any field, short enough for the preview server's 8 KB header limit.
  const huge = (unit: string) => unit.repeat(Math.ceil(1500 / unit.length));
  await app.open(
    `lang=en&regions=${huge(`${region},`)}&partner=${huge('x')}&zoom=${huge('9')}&center=${huge('1')},1`,
  );
  await app.expectArcs(links.length, figuresOf(links, { regions: [region] }).links);
  await expect(app.card).toBeHidden();
});
