import { expect, test, withoutMotion } from './fixtures.ts';
import { messagesFor } from '../src/i18n/index.ts';
import { readHubs, readLinkFacts } from './support/dataset.ts';

const links = readLinkFacts();

test.use(withoutMotion);
const hubs = readHubs();

test('the 中/EN control switches UI, html lang, title and the open card, and survives a reload', async ({
  app,
  page,
}) => {
  const partner = links.find((link) => link.partnerZh && link.partnerEn && link.year !== null);
  if (!partner) throw new Error('links.tsv has no dated partner with both names');
  const [zh, en] = [messagesFor('zh'), messagesFor('en')];
  await app.open(`lang=zh&partner=${encodeURIComponent(partner.partnerKey)}`);
  await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
  await expect(page).toHaveTitle(zh.appTitle);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.appTitle);
  await expect(app.card.getByRole('heading', { level: 2 })).toHaveText(partner.partnerZh);
  await expect(app.card).toContainText(zh.card.signed);
  await expect(app.languageToggle).toContainText('中');
  await expect(app.languageToggle).toContainText('EN');

  await app.switchLanguage();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(en.appTitle);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.appTitle);
  await expect(app.timeSlider.getByRole('heading')).toHaveText(en.time.heading);
  await expect(app.card.getByRole('heading', { level: 2 })).toHaveText(partner.partnerEn);
  await expect(app.card).toContainText(en.card.signed);
  await expect(app.mapCanvas).toBeVisible();
  await expect(page).toHaveURL(/lang=en/);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(en.appTitle);
  await expect(app.card.getByRole('heading', { level: 2 })).toHaveText(partner.partnerEn);
});

test('labels=both draws place names in Chinese and English; the toggle turns it off', async ({ app }) => {
  const bilingual = hubs.map((hub) => `${hub.nameZh} / ${hub.nameEn}`);
  const english = hubs.map((hub) => hub.nameEn);
  const drawnHubLabels = async () =>
    ((await app.hubLabels.getAttribute('data-hub-labels')) ?? '').split(' | ').filter(Boolean);

  await app.open('lang=en&labels=both');
  await expect(app.bilingualLabelsToggle).toBeChecked();
  await expect(app.hubLabels).toHaveAttribute('data-hub-labels', /\S/);
  // Every home city is named, however close two of them stand: one's name moves aside, never hides.
  expect((await drawnHubLabels()).sort()).toEqual([...bilingual].sort());

  await app.bilingualLabelsToggle.uncheck();
  await expect(app.hubLabels).not.toHaveAttribute('data-hub-labels', /\//);
  expect((await drawnHubLabels()).sort()).toEqual([...english].sort());
  await expect(app.page).not.toHaveURL(/labels=/);
});
