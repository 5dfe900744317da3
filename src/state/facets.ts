import type { Link, RegionId, RelationType, SignerLevel } from '../data/index.ts';
import { isLinkSelected } from './link-filter.ts';
import { createSelector } from './memoize.ts';
import { selectLinks } from './selectors.ts';
import type { AppState } from './store.ts';
import type { Filters } from './view-state.ts';

export interface FacetCounts {
  hubs: ReadonlyMap<string, number>;
  regions: ReadonlyMap<RegionId, number>;
  relations: ReadonlyMap<RelationType, number>;
  levels: ReadonlyMap<SignerLevel, number>;
  undated: number;
}

function countBy<K>(links: readonly Link[], filters: Filters, key: (link: Link) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const link of links) {
    if (!isLinkSelected(link, filters)) continue;
    const value = key(link);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/**
 * The number beside each chip: how many links it would show given every *other* filter, so a switched-off
 * chip still says what switching it on would bring back.
 */
export const selectFacetCounts = createSelector(
  (state: AppState) => [selectLinks(state), state.filters],
  (links, filters): FacetCounts => ({
    hubs: countBy(links, { ...filters, hubs: null }, (link) => link.hubId),
    regions: countBy(links, { ...filters, regions: null }, (link) => link.region),
    relations: countBy(links, { ...filters, relations: null }, (link) => link.relation),
    levels: countBy(links, { ...filters, levels: null }, (link) => link.level),
    undated:
      countBy(links, { ...filters, includeUndated: true }, (link) => link.date.year === null).get(true) ?? 0,
  }),
);
