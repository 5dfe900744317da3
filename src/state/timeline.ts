import { range } from 'd3-array';
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

/** The signing years' histogram: one bin per year of the domain, each stacked per hub. */
export const selectYearHistogram = createSelector(
  (state: AppState) => [selectLinks(state), selectHubs(state), state.filters, selectYearDomain(state)],
  (links, hubs, filters, domain): readonly YearBin[] => {
    if (!domain) return [];
    const [first, last] = domain;
    const hubIndex = new Map(hubs.map((hub, i) => [hub.id, i]));
    const anyYear = { ...filters, yearFrom: null, yearTo: null };
    const bins = range(first, last + 1).map((year) => ({
      year,
      byHub: new Array<number>(hubs.length).fill(0),
      total: 0,
    }));
    // Counted in one pass: years are whole numbers, so a year's bin is found by subtraction.
    for (const link of links) {
      const year = link.date.year;
      if (year === null || !isLinkSelected(link, anyYear)) continue;
      const yearBin = bins[year - first];
      if (!yearBin) continue;
      yearBin.total += 1;
      const hub = hubIndex.get(link.hubId);
      if (hub !== undefined) yearBin.byHub[hub] = (yearBin.byHub[hub] ?? 0) + 1;
    }
    return bins;
  },
);
