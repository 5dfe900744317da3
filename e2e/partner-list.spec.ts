import { expect, test, withoutMotion } from './fixtures.ts';
import { readLinkFacts, readLinkRows } from './support/dataset.ts';
import type { LinkFact } from './support/dataset.ts';

const links = readLinkFacts();

test.use(withoutMotion);
const rows = readLinkRows();

/** A partner with a long name in both languages, so a middle part of each is a fair partial query. */
function partnerToSearch(): LinkFact {
  const preferred = links.find((link) => link.partnerEn.startsWith('Naberezhnye'));
  const fallback = [...links].sort(
    (a, b) => b.partnerZh.length + b.partnerEn.length - (a.partnerZh.length + a.partnerEn.length),
  )[0];
  const partner = preferred ?? fallback;
  if (!partner) throw new Error('links.tsv has no rows');
  return partner;
}

/** Partners any of whose names (Chinese, English, native, admin area) contain `text`, as the list counts them. */
function partnersMatching(text: string): number {
  const keys = rows
    .filter((row) =>
      [row.partner_zh, row.partner_en, row.partner_native, row.partner_admin_en].some((name) =>
        name?.toLowerCase().includes(text.toLowerCase()),
      ),
    )
    .map((row) => links[rows.indexOf(row)]?.partnerKey);
  return new Set(keys).size;
}

test('search finds a partner by part of its Chinese or English name and opens its card', async ({
  app,
  page,
}) => {
  const partner = partnerToSearch();
  // Three characters from inside the Chinese name (e.g. 切尔内 of 卡马河畔切尔内市): a plain substring match.
  const zhPart = partner.partnerZh.slice(-4, -1);
  const enPart = partner.partnerEn.split(' ')[0] ?? partner.partnerEn;
  await app.open('lang=zh');

  await app.partnerSearch.fill(zhPart);
  await expect(app.partnerList).toContainText(app.messages.list.count(partnersMatching(zhPart)));
  await expect(app.partnerRows.first()).toContainText(partner.partnerZh);

  await app.partnerSearch.fill(enPart);
  await expect(app.partnerRows.first()).toContainText(partner.partnerZh);

  // Fuzzy: a letter left out still finds it.
  const typo = enPart.slice(0, 2) + enPart.slice(3);
  await app.partnerSearch.fill(typo);
  await expect(app.partnerRows.first()).toContainText(partner.partnerZh);

  await app.partnerRows.first().click();
  await expect(app.card.getByRole('heading', { level: 2 })).toHaveText(partner.partnerZh);
  await expect(app.partnerRows.first()).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => new URL(page.url()).searchParams.get('partner')).toBe(partner.partnerKey);
});

test('the partner list sorts by date signed and by name as the data says', async ({ app }) => {
  const byKey = new Map<string, LinkFact[]>();
  for (const link of links) byKey.set(link.partnerKey, [...(byKey.get(link.partnerKey) ?? []), link]);
  const partners = [...byKey.values()].map((group) => {
    const years = group.map((link) => link.year).filter((year): year is number => year !== null);
    return {
      name: group[0]?.partnerEn || group[0]?.partnerZh || '',
      firstYear: years.length ? Math.min(...years) : Infinity,
    };
  });
  const collator = new Intl.Collator('en-GB');
  const byName = [...partners].sort((a, b) => collator.compare(a.name, b.name));
  const byDate = [...byName].sort((a, b) => a.firstYear - b.firstYear);

  await app.open('lang=en');
  await expect(app.partnerRows).toHaveCount(partners.length);
  expect(await app.partnerRowNames()).toEqual(byDate.map((partner) => partner.name));

  await app.partnerSort.selectOption({ label: app.messages.list.sortName });
  await expect(app.partnerRows.first()).toContainText(byName[0]?.name ?? '');
  expect(await app.partnerRowNames()).toEqual(byName.map((partner) => partner.name));
});
