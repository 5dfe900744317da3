import { describe, expect, it } from 'vitest';
import {
  selectHubFacetSummary,
  selectLinksByPartner,
  selectSummary,
  selectVisibleLinks,
} from './selectors.ts';
import { makeLink as link, storeWithLinks as storeWith, UNDATED as undated } from './test-fixtures.ts';

const sample = [
  link({ id: '1', hubId: 'a', partnerEn: 'Paris', countryIso2: 'FR' }),
  link({ id: '2', hubId: 'b', partnerEn: 'Paris', countryIso2: 'FR', relation: 'partner', level: 'county' }),
  link({ id: '3', hubId: 'a', partnerEn: 'Osaka', countryIso2: 'JP', region: 'east-asia', date: undated }),
  link({
    id: '4',
    hubId: 'b',
    partnerEn: 'Lima',
    countryIso2: 'PE',
    region: 'latin-america',
    relation: 'intent',
  }),
];

describe('selectVisibleLinks', () => {
  it('returns every link with the default filters', () => {
    expect(selectVisibleLinks(storeWith(sample).getState())).toHaveLength(4);
  });

  it('filters by hub, region, relation and level together', () => {
    const store = storeWith(sample);
    store.getState().setFilters({ hubs: ['b'], relations: ['partner', 'intent'], levels: ['county'] });
    expect(selectVisibleLinks(store.getState()).map((l) => l.id)).toEqual(['2']);
  });

  it('keeps undated links out of a year range only when undated links are switched off', () => {
    const store = storeWith(sample);
    store.getState().setFilters({ yearFrom: 2010 });
    expect(selectVisibleLinks(store.getState()).map((l) => l.id)).toEqual(['3']);
    store.getState().setFilters({ includeUndated: false });
    expect(selectVisibleLinks(store.getState())).toHaveLength(0);
  });

  it('is the dataset’s own array while every link is selected', () => {
    const store = storeWith(sample);
    store.getState().setFilters({ yearFrom: 1990 });
    expect(selectVisibleLinks(store.getState())).toBe(store.getState().officialDataset?.links);
  });

  it('is memoized: the same array while the inputs stay the same', () => {
    const store = storeWith(sample);
    const first = selectVisibleLinks(store.getState());
    store.getState().hoverPartner('fr:paris');
    expect(selectVisibleLinks(store.getState())).toBe(first);
    store.getState().setFilters({ regions: ['europe'] });
    expect(selectVisibleLinks(store.getState())).not.toBe(first);
  });
});

describe('selectSummary', () => {
  it('counts a partner shared by two hubs once overall and once per hub', () => {
    const summary = selectSummary(storeWith(sample).getState());
    expect(summary).toMatchObject({ links: 4, partners: 3, countries: 3, regions: 3, undated: 1 });
    expect(summary.perHub.map((h) => [h.hub.id, h.links, h.partners, h.countries])).toEqual([
      ['a', 2, 2, 2],
      ['b', 2, 2, 2],
    ]);
  });
});

describe('selectHubFacetSummary', () => {
  it('counts every hub under the other filters, and equals the summary while no hub is switched off', () => {
    const store = storeWith(sample);
    expect(selectHubFacetSummary(store.getState())).toEqual(selectSummary(store.getState()));
    store.getState().setFilters({ hubs: ['a'], relations: ['sister'] });
    expect(selectSummary(store.getState()).perHub.map((h) => h.links)).toEqual([2, 0]);
    expect(selectHubFacetSummary(store.getState()).perHub.map((h) => h.links)).toEqual([2, 0]);
    store.getState().setFilters({ relations: ['partner'] });
    expect(selectHubFacetSummary(store.getState()).perHub.map((h) => h.links)).toEqual([0, 1]);
    expect(selectSummary(store.getState()).links).toBe(0);
  });

  it('is the summary itself, not a second one, while no hub is switched off', () => {
    const store = storeWith(sample);
    store.getState().setFilters({ relations: ['sister'] });
    expect(selectSummary(store.getState()).links).toBeLessThan(sample.length);
    expect(selectHubFacetSummary(store.getState())).toBe(selectSummary(store.getState()));
  });
});

describe('toggleFilterValue', () => {
  it('goes from all to all-but-one and back to all (null)', () => {
    const store = storeWith(sample);
    store.getState().toggleFilterValue('hubs', 'a');
    expect(store.getState().filters.hubs).toEqual(['b']);
    store.getState().toggleFilterValue('hubs', 'a');
    expect(store.getState().filters.hubs).toBeNull();
  });
});

describe('selectLinksByPartner', () => {
  it('groups the links of one partner across hubs', () => {
    const byPartner = selectLinksByPartner(storeWith(sample).getState());
    expect(byPartner.get('fr:paris')?.map((l) => l.hubId)).toEqual(['a', 'b']);
  });
});
