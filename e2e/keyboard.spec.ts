import { expect, test, withoutMotion } from './fixtures.ts';
import { REGION_IDS } from '../src/geo/regions.ts';
import { figuresOf, mostCommon, readLinkFacts, yearDomain } from './support/dataset.ts';

const links = readLinkFacts();

test.use(withoutMotion);

test('keyboard only: a filter chip, a partner from the list, the map, a year handle and a checkbox', async ({
  app,
  page,
}) => {
  // Without motion the camera jumps to the chosen partner, so one arrow press is measured from there.
  await app.open('lang=en');
  const region = mostCommon(links, (link) => link.region);
  const regions = REGION_IDS.filter((id) => id !== region);
  const partner = links.find((link) => link.region !== region && link.partnerEn.length >= 6);
  if (!partner) throw new Error(`links.tsv has no partner outside ${region}`);
  const [firstYear] = yearDomain(links);

  await app.tabTo(app.regionChip(region));
  await app.expectFocusVisible(app.regionChip(region));
  await page.keyboard.press('Space');
  await expect(app.regionChip(region)).toHaveAttribute('aria-pressed', 'false');
  await app.expectSelection(figuresOf(links, { regions }));

  await app.tabTo(app.partnerSearch);
  await page.keyboard.type(partner.partnerEn);
  await expect(app.partnerRows.first()).toContainText(partner.partnerEn);
  await app.tabTo(app.partnerRows.first());
  await app.expectFocusVisible(app.partnerRows.first());
  await page.keyboard.press('Enter');
  await expect(app.card.getByRole('heading', { level: 2 })).toHaveText(partner.partnerEn);
  await expect.poll(() => new URL(page.url()).searchParams.get('partner')).toBe(partner.partnerKey);

  await app.tabTo(app.mapCanvas);
  await app.expectFocusVisible(app.mapCanvas);
  await expect.poll(() => app.camera()?.lng).toBeCloseTo(partner.lon, 1);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => app.camera()?.lng ?? partner.lon).toBeLessThan(partner.lon - 0.5);

  await app.tabTo(app.yearHandle('from'));
  await app.expectFocusVisible(app.yearHandle('from'));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(app.yearHandle('from')).toHaveValue(String(firstYear + 2));
  await app.expectSelection(figuresOf(links, { regions, from: firstYear + 2 }));

  await app.tabTo(app.undatedToggle);
  await app.expectFocusVisible(app.undatedToggle);
  await page.keyboard.press('Space');
  await expect(app.undatedToggle).not.toBeChecked();
  await app.expectSelection(figuresOf(links, { regions, from: firstYear + 2, undated: false }));
});
