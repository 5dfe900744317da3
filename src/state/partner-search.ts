import { partnerKeyOf } from '../data/index.ts';
import type { Link } from '../data/index.ts';

export interface PartnerEntry {
  key: string;
  links: readonly Link[];
  /** Earliest known signing year among its links, or null when none is dated. */
  firstYear: number | null;
  /** Every name the partner is known by, normalised for matching. */
  searchText: string;
}

/** Lower case, no diacritics, no punctuation: "Naberezhnye Chelny" and "naberezhnye-chelny" compare equal. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function groupPartners(links: readonly Link[]): PartnerEntry[] {
  const byKey = new Map<string, Link[]>();
  for (const link of links) {
    const key = partnerKeyOf(link);
    byKey.set(key, [...(byKey.get(key) ?? []), link]);
  }
  return [...byKey].map(([key, group]) => {
    const years = group.map((link) => link.date.year).filter((year): year is number => year !== null);
    const names = group.flatMap((link) => [
      link.partnerZh,
      link.partnerEn,
      link.partnerNative,
      link.partnerAdminEn,
    ]);
    return {
      key,
      links: group,
      firstYear: years.length ? Math.min(...years) : null,
      searchText: normalizeForSearch(names.join(' ')),
    };
  });
}

/**
 * How well `query` matches: 2 for a plain substring of any name, 1 when its characters appear in order
 * (forgiving typos of omission, e.g. "nabrezhny"), 0 for no match. Chinese queries match by substring.
 */
export function matchScore(entry: PartnerEntry, query: string): number {
  const needle = normalizeForSearch(query);
  if (!needle) return 2;
  if (entry.searchText.includes(needle)) return 2;
  const compact = needle.replace(/ /g, '');
  if (compact.length < 4) return 0;
  let position = 0;
  for (const char of entry.searchText) {
    if (char === compact[position]) position += 1;
    if (position === compact.length) return 1;
  }
  return 0;
}

export type PartnerSort = 'date' | 'name';

export function searchPartners(
  entries: readonly PartnerEntry[],
  query: string,
  sort: PartnerSort,
  displayName: (entry: PartnerEntry) => string,
  collator: Intl.Collator,
): PartnerEntry[] {
  const scored = entries
    .map((entry) => ({ entry, score: matchScore(entry, query) }))
    .filter(({ score }) => score > 0);
  const byName = (a: PartnerEntry, b: PartnerEntry) => collator.compare(displayName(a), displayName(b));
  const byDate = (a: PartnerEntry, b: PartnerEntry) =>
    (a.firstYear ?? Infinity) - (b.firstYear ?? Infinity) || byName(a, b);
  return scored
    .sort(
      (a, b) => b.score - a.score || (sort === 'date' ? byDate(a.entry, b.entry) : byName(a.entry, b.entry)),
    )
    .map(({ entry }) => entry);
}
