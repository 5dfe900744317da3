import type { Link, RegionId, RelationType, SignerLevel } from '../data/index.ts';
import { isLinkSelected } from './link-filter.ts';
import { createSelector } from './memoize.ts';
import { selectLinks } from './selectors.ts';
import type { AppState } from './store.ts';
import { DEFAULT_FILTERS } from './view-state.ts';
import type { Filters } from './view-state.ts';

export interface FacetCounts {
  hubs: ReadonlyMap<string, number>;
  regions: ReadonlyMap<RegionId, number>;
  relations: ReadonlyMap<RelationType, number>;
  levels: ReadonlyMap<SignerLevel, number>;
  undated: number;
}

function count<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * The number beside each chip: how many links it would show given every *other* filter, so a switched-off
 * chip still says what switching it on would bring back. `isLinkSelected` is one test per filter, all of
 * which must pass; so each link is tested against each filter once, and counted for every facet whose
 * other filters it passes.
 */
function countFacets(links: readonly Link[], filters: Filters): FacetCounts {
  const only = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });
  const hubFilter = only({ hubs: filters.hubs });
  const regionFilter = only({ regions: filters.regions });
  const relationFilter = only({ relations: filters.relations });
  const levelFilter = only({ levels: filters.levels });
  const { yearFrom, yearTo, includeUndated } = filters;
  const yearFilter = only({ yearFrom, yearTo, includeUndated });
  const hubs = new Map<string, number>();
  const regions = new Map<RegionId, number>();
  const relations = new Map<RelationType, number>();
  const levels = new Map<SignerLevel, number>();
  let undated = 0;
  for (const link of links) {
    const inHubs = isLinkSelected(link, hubFilter);
    const inRegions = isLinkSelected(link, regionFilter);
    const inRelations = isLinkSelected(link, relationFilter);
    const inLevels = isLinkSelected(link, levelFilter);
    const inYears = isLinkSelected(link, yearFilter);
    if (inRegions && inRelations && inLevels && inYears) count(hubs, link.hubId);
    if (inHubs && inRelations && inLevels && inYears) count(regions, link.region);
    if (inHubs && inRegions && inLevels && inYears) count(relations, link.relation);
    if (inHubs && inRegions && inRelations && inYears) count(levels, link.level);
    if (inHubs && inRegions && inRelations && inLevels && link.date.year === null) undated += 1;
  }
  return { hubs, regions, relations, levels, undated };
}

export const selectFacetCounts = createSelector(
  (state: AppState) => [selectLinks(state), state.filters],
  countFacets,
);
