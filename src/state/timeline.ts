import { bin, range } from 'd3-array';
import type { Link } from '../data/index.ts';
import { isLinkSelected } from './link-filter.ts';
import { createSelector } from './memoize.ts';
import { selectHubs, selectLinks } from './selectors.ts';
import type { AppState } from './store.ts';

export interface YearBin {
  year: number;
  /** Links signed that year, per hub index (dataset.hubs order), under every filter but the years. */
  byHub: readonly number[];
  total: number;
}

/** First and last signing year in the dataset; `null` when no link has a known date. */
export const selectYearDomain = createSelector(
  (state: AppState) => [selectLinks(state)],
  (links): readonly [number, number] | null => {
    let min = Infinity;
    let max = -Infinity;
    for (const link of links) {
      const year = link.date.year;
      if (year === null) continue;
      min = Math.min(min, year);
      max = Math.max(max, year);
    }
    return min <= max ? [min, max] : null;
  },
);

/** A d3 histogram of the signing years: one bin per year, each stacked per hub. */
export const selectYearHistogram = createSelector(
  (state: AppState) => [selectLinks(state), selectHubs(state), state.filters, selectYearDomain(state)],
  (links, hubs, filters, domain): readonly YearBin[] => {
    if (!domain) return [];
    const [first, last] = domain;
    const hubIndex = new Map(hubs.map((hub, i) => [hub.id, i]));
    const anyYear = { ...filters, yearFrom: null, yearTo: null };
    const yearOf = (link: Link) => link.date.year ?? Number.NaN;
    const byYear = bin<Link, number>()
      .value(yearOf)
      .domain([first, last + 1])
      .thresholds(range(first + 1, last + 1));
    return byYear(links.filter((link) => !Number.isNaN(yearOf(link)) && isLinkSelected(link, anyYear))).map(
      (yearLinks, i) => {
        const byHub = new Array<number>(hubs.length).fill(0);
        for (const link of yearLinks) {
          const hub = hubIndex.get(link.hubId);
          if (hub !== undefined) byHub[hub] = (byHub[hub] ?? 0) + 1;
        }
        return { year: first + i, byHub, total: yearLinks.length };
      },
    );
  },
);
