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
