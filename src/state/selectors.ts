import { partnerKeyOf } from '../data/index.ts';
import type { ClaimComparison, Dataset, Hub, Link, RegionId } from '../data/index.ts';
import { documentedVsClaimed, REGION_IDS } from '../data/index.ts';
import { hubPalette } from './hub-colors.ts';
import { isLinkSelected } from './link-filter.ts';
import { createSelector } from './memoize.ts';
import type { AppState } from './store.ts';
import type { Filters } from './view-state.ts';

const EMPTY_LINKS: readonly Link[] = [];
const EMPTY_HUBS: readonly Hub[] = [];

export const selectDataset = (state: AppState): Dataset | null =>
  state.data.kind === 'ready' ? state.data.dataset : null;

export const selectLinks = (state: AppState): readonly Link[] => selectDataset(state)?.links ?? EMPTY_LINKS;
export const selectHubs = (state: AppState): readonly Hub[] => selectDataset(state)?.hubs ?? EMPTY_HUBS;

const NO_COUNTRY_NAMES: Dataset['countryNames'] = {};
export const selectCountryNames = (state: AppState): Dataset['countryNames'] =>
  selectDataset(state)?.countryNames ?? NO_COUNTRY_NAMES;

export const selectHubColors = createSelector(
  (state: AppState) => [selectHubs(state)],
  (hubs): ReadonlyMap<string, string> => {
    const palette = hubPalette(hubs.length);
    return new Map(hubs.map((hub, i) => [hub.id, palette[i] ?? '#888']));
  },
);

/** The links that pass `filters`; `links` itself when all do, so what derives from both is computed once. */
function selectedLinks(links: readonly Link[], filters: Filters): readonly Link[] {
  const selected = links.filter((link) => isLinkSelected(link, filters));
  return selected.length === links.length ? links : selected;
}

export const selectVisibleLinks = createSelector(
  (state: AppState) => [selectLinks(state), state.filters],
  selectedLinks,
);

export interface HubSummary {
  hub: Hub;
  links: number;
  partners: number;
  countries: number;
}

export interface SelectionSummary {
  links: number;
  partners: number;
  countries: number;
  regions: number;
  undated: number;
  perHub: readonly HubSummary[];
}

function summarise(links: readonly Link[], hubs: readonly Hub[]): SelectionSummary {
  const partnersByHub = new Map<string, Set<string>>();
  const countriesByHub = new Map<string, Set<string>>();
  const linksByHub = new Map<string, number>();
  const partners = new Set<string>();
  const countries = new Set<string>();
  const regions = new Set<RegionId>();
  let undated = 0;
  for (const link of links) {
    const partner = partnerKeyOf(link);
    partners.add(partner);
    countries.add(link.countryIso2);
    regions.add(link.region);
    if (link.date.year === null) undated += 1;
    linksByHub.set(link.hubId, (linksByHub.get(link.hubId) ?? 0) + 1);
    addTo(partnersByHub, link.hubId, partner);
    addTo(countriesByHub, link.hubId, link.countryIso2);
  }
  return {
    links: links.length,
    partners: partners.size,
    countries: countries.size,
    regions: regions.size,
    undated,
    perHub: hubs.map((hub) => ({
      hub,
      links: linksByHub.get(hub.id) ?? 0,
      partners: partnersByHub.get(hub.id)?.size ?? 0,
      countries: countriesByHub.get(hub.id)?.size ?? 0,
    })),
  };
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** Summaries by links array: the selection and the hub facets are the same links until a filter is set. */
const summaries = new WeakMap<readonly Link[], { hubs: readonly Hub[]; summary: SelectionSummary }>();

function summariseOnce(links: readonly Link[], hubs: readonly Hub[]): SelectionSummary {
  const known = summaries.get(links);
  if (known?.hubs === hubs) return known.summary;
  const summary = summarise(links, hubs);
  summaries.set(links, { hubs, summary });
  return summary;
}

export const selectSummary = createSelector(
  (state: AppState) => [selectVisibleLinks(state), selectHubs(state)],
  summariseOnce,
);

/**
 * Per-hub figures under every filter but the hub filter itself: a switched-off hub still shows what it has.
 * With no hub filter those are the visible links, whose summary is then not worked out a second time.
 */
export const selectHubFacetSummary = createSelector(
  (state: AppState) => [selectLinks(state), selectHubs(state), state.filters, selectVisibleLinks(state)],
  (links, hubs, filters, visibleLinks) =>
    summariseOnce(
      filters.hubs === null ? visibleLinks : selectedLinks(links, { ...filters, hubs: null }),
      hubs,
    ),
);

export const selectLinksByPartner = createSelector(
  (state: AppState) => [selectLinks(state)],
  (links): ReadonlyMap<string, readonly Link[]> => {
    const byPartner = new Map<string, Link[]>();
    for (const link of links) {
      const key = partnerKeyOf(link);
      const group = byPartner.get(key);
      if (group) group.push(link);
      else byPartner.set(key, [link]);
    }
    return byPartner;
  },
);

export const selectOpenPartnerLinks = (state: AppState): readonly Link[] =>
  (state.partner && selectLinksByPartner(state).get(state.partner)) || EMPTY_LINKS;

/** Regions that occur in the dataset at all, in display order: the region chips. */
export const selectDatasetRegions = createSelector(
  (state: AppState) => [selectLinks(state)],
  (links): readonly RegionId[] => {
    const present = new Set(links.map((link) => link.region));
    return REGION_IDS.filter((region) => present.has(region));
  },
);

/** Official totals per hub beside what the dataset documents ("27 of 35 documented"). */
export const selectClaimsByHub = createSelector(
  (state: AppState) => [selectDataset(state)],
  (dataset): ReadonlyMap<string, readonly ClaimComparison[]> =>
    new Map(dataset?.hubs.map((hub) => [hub.id, documentedVsClaimed(dataset, hub.id)]) ?? []),
);
