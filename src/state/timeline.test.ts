import { describe, expect, it } from 'vitest';
import type { Link } from '../data/index.ts';
import { selectFacetCounts } from './facets.ts';
import { isLinkSelected } from './link-filter.ts';
import { dated, makeLink, storeWithLinks, UNDATED } from './test-fixtures.ts';
import { selectYearDomain, selectYearHistogram } from './timeline.ts';
import type { Filters } from './view-state.ts';

const links = [
  makeLink({ id: '1', hubId: 'a', partnerEn: 'P1', countryIso2: 'FR', date: dated(2001) }),
  makeLink({ id: '2', hubId: 'b', partnerEn: 'P2', countryIso2: 'FR', date: dated(2001), region: 'africa' }),
  makeLink({
    id: '3',
    hubId: 'b',
    partnerEn: 'P3',
    countryIso2: 'JP',
    date: dated(2004),
    relation: 'intent',
  }),
  makeLink({ id: '4', hubId: 'a', partnerEn: 'P4', countryIso2: 'JP', date: UNDATED }),
];

describe('selectYearDomain', () => {
  it('spans the dated links only', () => {
    expect(selectYearDomain(storeWithLinks(links).getState())).toEqual([2001, 2004]);
  });

  it('is null when no link has a date', () => {
    expect(selectYearDomain(storeWithLinks([links[3]!]).getState())).toBeNull();
  });
});

describe('selectYearHistogram', () => {
  it('has one bin per year, stacked per hub, ignoring the year filter but not the others', () => {
    const store = storeWithLinks(links);
    store.getState().setFilters({ yearFrom: 2003, relations: ['sister'] });
    const bins = selectYearHistogram(store.getState());
    expect(bins.map((bin) => [bin.year, ...bin.byHub])).toEqual([
      [2001, 1, 1],
      [2002, 0, 0],
      [2003, 0, 0],
      [2004, 0, 0],
    ]);
  });

  it('counts the first and the last year, and leaves undated links out', () => {
    const bins = selectYearHistogram(storeWithLinks(links).getState());
    expect(bins.map((bin) => [bin.year, bin.total, ...bin.byHub])).toEqual([
      [2001, 2, 1, 1],
      [2002, 0, 0, 0],
      [2003, 0, 0, 0],
      [2004, 1, 0, 1],
    ]);
  });
});

describe('selectFacetCounts', () => {
  it('counts each facet under every other filter', () => {
    const store = storeWithLinks(links);
    store.getState().setFilters({ regions: ['africa'], relations: ['intent'] });
    const counts = selectFacetCounts(store.getState());
    expect(counts.regions.get('europe')).toBe(1);
    expect(counts.regions.get('africa')).toBeUndefined();
    expect(counts.relations.get('sister')).toBe(1);
    expect(counts.hubs.size).toBe(0);
  });

  it('counts undated links even while they are hidden', () => {
    const store = storeWithLinks(links);
    store.getState().setFilters({ includeUndated: false });
    expect(selectFacetCounts(store.getState()).undated).toBe(1);
  });

  it('counts as one filtered pass per facet would', () => {
    const store = storeWithLinks(links);
    const cases = [
      { hubs: ['b'], regions: ['europe'] as const },
      { relations: ['intent'] as const, includeUndated: false },
      { levels: [] as const, yearTo: 2003 },
      { hubs: [] as string[], regions: ['africa'] as const, yearFrom: 2002 },
    ];
    for (const patch of cases) {
      store.getState().resetFilters();
      store.getState().setFilters(patch as Partial<Filters>);
      const state = store.getState();
      const countOf = (except: Partial<Filters>, key: (link: Link) => string | boolean) => {
        const counts = new Map<string | boolean, number>();
        for (const link of links.filter((l) => isLinkSelected(l, { ...state.filters, ...except })))
          counts.set(key(link), (counts.get(key(link)) ?? 0) + 1);
        return counts;
      };
      const counts = selectFacetCounts(state);
      expect(counts.hubs).toEqual(countOf({ hubs: null }, (link) => link.hubId));
      expect(counts.regions).toEqual(countOf({ regions: null }, (link) => link.region));
      expect(counts.relations).toEqual(countOf({ relations: null }, (link) => link.relation));
      expect(counts.levels).toEqual(countOf({ levels: null }, (link) => link.level));
      expect(counts.undated).toBe(
        countOf({ includeUndated: true }, (link) => link.date.year === null).get(true) ?? 0,
      );
    }
  });
});
