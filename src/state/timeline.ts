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

export const selectYearHistogram = createSelector(
  (state: AppState) => [selectLinks(state), selectHubs(state), state.filters, selectYearDomain(state)],
  (links, hubs, filters, domain): readonly YearBin[] => {
    if (!domain) return [];
    const hubIndex = new Map(hubs.map((hub, i) => [hub.id, i]));
    const bins = Array.from({ length: domain[1] - domain[0] + 1 }, (_, i) => ({
      year: domain[0] + i,
      byHub: new Array<number>(hubs.length).fill(0),
      total: 0,
    }));
    const anyYear = { ...filters, yearFrom: null, yearTo: null };
    for (const link of links) {
      const year = link.date.year;
      if (year === null || !isLinkSelected(link, anyYear)) continue;
      const bin = bins[year - domain[0]];
      const hub = hubIndex.get(link.hubId);
      if (!bin || hub === undefined) continue;
      bin.byHub[hub] = (bin.byHub[hub] ?? 0) + 1;
      bin.total += 1;
    }
    return bins;
  },
);
