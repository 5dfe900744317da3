import type { Dataset, Link } from '../data/index.ts';
import { REGION_IDS, RELATION_TYPES, SIGNER_LEVELS } from '../data/index.ts';
import { createSelector } from '../state/memoize.ts';
import { selectDataset } from '../state/selectors.ts';
import type { AppState } from '../state/store.ts';
import type { ArcDatum, ArcFilter } from './arcs-overlay.ts';

const maskOf = <T>(all: readonly T[], chosen: readonly T[] | null): number =>
  all.reduce((mask, value, i) => (chosen === null || chosen.includes(value) ? mask | (1 << i) : mask), 0);

/** Arc index i is dataset.links[i]: the layer's picking answers with an index into the links. */
function toArcData(dataset: Dataset | null): readonly ArcDatum[] {
  if (!dataset) return [];
  const hubIndex = new Map(dataset.hubs.map((hub, i) => [hub.id, i]));
  const hubs = dataset.hubs;
  return dataset.links.map((link: Link): ArcDatum => {
    const index = hubIndex.get(link.hubId) ?? 0;
    const hub = hubs[index];
    return {
      from: [hub?.lon ?? 0, hub?.lat ?? 0],
      to: [link.lon, link.lat],
      year: link.date.year,
      hub: index,
      region: REGION_IDS.indexOf(link.region),
      relation: RELATION_TYPES.indexOf(link.relation) as ArcDatum['relation'],
      level: SIGNER_LEVELS.indexOf(link.level) as ArcDatum['level'],
    };
  });
}

export const selectArcData = createSelector((state: AppState) => [selectDataset(state)], toArcData);

export const selectArcFilter = createSelector(
  (state: AppState) => [selectDataset(state), state.filters],
  (dataset, filters): ArcFilter => {
    const hubIds = dataset?.hubs.map((hub) => hub.id) ?? [];
    return {
      yearMin: filters.yearFrom ?? -Infinity,
      yearMax: filters.yearTo ?? Infinity,
      includeUndated: filters.includeUndated,
      hubs: filters.hubs ? new Set(filters.hubs.map((id) => hubIds.indexOf(id)).filter((i) => i >= 0)) : null,
      regionMask: maskOf(REGION_IDS, filters.regions),
      relationMask: maskOf(RELATION_TYPES, filters.relations),
      levelMask: maskOf(SIGNER_LEVELS, filters.levels),
    };
  },
);
