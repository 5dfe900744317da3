import { partnerKeyOf } from '../data/index.ts';
import type { Link } from '../data/index.ts';
import { smallest } from './smallest.ts';

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

/** Every name of a link, normalised once: lists regroup and search the same links on every filter change. */
const searchTexts = new WeakMap<Link, string>();

function searchTextOf(link: Link): string {
  let text = searchTexts.get(link);
  if (text === undefined) {
    text = normalizeForSearch(
      [link.partnerZh, link.partnerEn, link.partnerNative, link.partnerAdminEn].join(' '),
    );
    searchTexts.set(link, text);
  }
  return text;
}

/** A partner's links; its search text is normalised only once a search reads it (most lists are never searched). */
class PartnerGroup implements PartnerEntry {
  #searchText: string | null = null;

  constructor(
    readonly key: string,
    readonly links: readonly Link[],
    readonly firstYear: number | null,
  ) {}

  get searchText(): string {
    const { links } = this;
    this.#searchText ??= links.length === 1 ? searchTextOf(links[0]!) : links.map(searchTextOf).join(' ');
    return this.#searchText;
  }
}

export function groupPartners(links: readonly Link[]): PartnerEntry[] {
  const byKey = new Map<string, Link[]>();
  for (const link of links) {
    const key = partnerKeyOf(link);
    const group = byKey.get(key);
    if (group) group.push(link);
    else byKey.set(key, [link]);
  }
  return [...byKey].map(([key, group]) => {
    let firstYear: number | null = null;
    for (const { date } of group) {
      if (date.year !== null && (firstYear === null || date.year < firstYear)) firstYear = date.year;
    }
    return new PartnerGroup(key, group, firstYear);
  });
}

let lastGrouping: { links: readonly Link[]; entries: PartnerEntry[] } | null = null;

/**
 * {@link groupPartners} of the links last asked for, kept once for the page. A component that keeps the
 * grouping in its own state would also keep the one of its previous render (tens of thousands of entries at
 * scale), and a kiosk's heap would then depend on the tour step shown before.
 */
export function partnersOf(links: readonly Link[]): PartnerEntry[] {
  if (lastGrouping?.links !== links) lastGrouping = { links, entries: groupPartners(links) };
  return lastGrouping.entries;
}

/**
 * How well `query` matches: 2 for a plain substring of any name, 1 when its characters appear in order
 * (forgiving typos of omission, e.g. "nabrezhny"), 0 for no match. Chinese queries match by substring.
 */
export function matchScore(entry: PartnerEntry, query: string): number {
  return scoreNormalized(entry, normalizeForSearch(query));
}

function scoreNormalized(entry: PartnerEntry, needle: string): number {
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

export interface PartnerSearchResult {
  /** How many partners match. */
  count: number;
  /** The first `limit` of them, best match first, then by date or name. */
  top: PartnerEntry[];
}

/** Every partner that matches `query`, best match first, then by date or name. */
export function searchPartners(
  entries: readonly PartnerEntry[],
  query: string,
  sort: PartnerSort,
  displayName: (entry: PartnerEntry) => string,
  collator: Intl.Collator,
): PartnerEntry[] {
  return searchPartnersTop(entries, query, sort, displayName, collator, Infinity).top;
}

/** {@link searchPartners}, sorting no further than the first `limit`: a list of 50,000 shows a few hundred. */
export function searchPartnersTop(
  entries: readonly PartnerEntry[],
  query: string,
  sort: PartnerSort,
  displayName: (entry: PartnerEntry) => string,
  collator: Intl.Collator,
  limit: number,
): PartnerSearchResult {
  const needle = normalizeForSearch(query);
  const scored = entries
    .map((entry) => ({ entry, score: scoreNormalized(entry, needle), name: displayName(entry) }))
    .filter(({ score }) => score > 0);
  type Scored = (typeof scored)[number];
  const byName = (a: Scored, b: Scored) => collator.compare(a.name, b.name);
  const byDate = (a: Scored, b: Scored) =>
    (a.entry.firstYear ?? Infinity) - (b.entry.firstYear ?? Infinity) || byName(a, b);
  const order = (a: Scored, b: Scored) =>
    b.score - a.score || (sort === 'date' ? byDate(a, b) : byName(a, b));
  return { count: scored.length, top: smallest(scored, limit, order).map(({ entry }) => entry) };
}
