import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, withoutMotion } from './fixtures.ts';
import type { AppPage } from './pages/app-page.ts';
import { readHubs, readLinkFacts } from './support/dataset.ts';

const links = readLinkFacts();

test.use(withoutMotion);

/** Runs axe on the page as it is now; serious and critical findings fail, listed by rule and element. */
async function expectNoSeriousViolations(page: Page, view: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
  expect(serious, `serious or critical axe violations in ${view}`).toEqual([]);
}

/** Scans the view in its current language, switches with the 中/EN control, and scans again. */
async function scanInBothLanguages(app: AppPage, view: string): Promise<void> {
  await expectNoSeriousViolations(app.page, `${view} (${app.lang})`);
  await app.switchLanguage();
  await expect(app.page.locator('html')).toHaveAttribute('lang', app.lang === 'zh' ? /^zh/ : 'en');
  await expectNoSeriousViolations(app.page, `${view} (${app.lang})`);
}

test('axe: the default view, then with a partner card open, in Chinese and English', async ({ app }) => {
  const partner = links.find((link) => link.partnerZh && link.partnerEn);
  if (!partner) throw new Error('links.tsv has no partner with both names');
  await app.open('lang=zh');
  await app.expectArcs(links.length);
  await expectNoSeriousViolations(app.page, 'the default view (zh)');

  await app.partnerSearch.fill(partner.partnerZh);
  await app.partnerRows.first().click();
  await expect(app.card.getByRole('heading', { level: 2 })).toHaveText(partner.partnerZh);
  await scanInBothLanguages(app, 'a partner card');
});

test('axe: a phone at 390×844 with filters switched off', async ({ app, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Switched-off chips are drawn muted; they must stay readable too.
  await app.open(`lang=zh&relations=sister&hubs=${readHubs()[0]?.id ?? ''}`);
  await expect(app.summary).toBeVisible();
  await scanInBothLanguages(app, 'a phone');
});

test('prefers-reduced-motion turns the flow animation off', async ({ app, page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await app.open('lang=en');
  await expect(app.map).toHaveAttribute('data-flow', 'on');
  await expect(app.flowToggle).toBeChecked();

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await expect(app.map).toHaveAttribute('data-flow', 'off');
  await expect(app.flowToggle).not.toBeChecked();
});

/** WCAG contrast ratio of two `rgb()`/`rgba()` colours, alpha ignored (the credit's background is 80 % opaque). */
function contrastRatio(foreground: string, background: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((channel) => {
      const unit = channel / 255;
      return unit <= 0.03928 ? unit / 12.92 : ((unit + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}

test('the basemap credit is readable on its dark background, in both themes', async ({ app, page }) => {
  // axe leaves it unjudged: its background is translucent over the map's canvas.
  for (const theme of ['default', 'projector']) {
    await app.open(`lang=en&theme=${theme}`);
    const credit = page.locator('.maplibregl-ctrl-attrib');
    await expect(credit).toContainText('Natural Earth');
    const [colour, background] = await credit.evaluate((node) => {
      const style = getComputedStyle(node);
      return [style.color, style.backgroundColor];
    });
    expect(contrastRatio(colour, background), `${theme}: ${colour} on ${background}`).toBeGreaterThanOrEqual(
      4.5,
    );
  }
});
