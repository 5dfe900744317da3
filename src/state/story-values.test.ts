import { describe, expect, it } from 'vitest';
import { selectStoryValues } from './story-values.ts';
import { dated, makeLink as link, storeWithLinks, UNDATED } from './test-fixtures.ts';

const links = [
  link({ id: '1', hubId: 'a', partnerEn: 'Paris', countryIso2: 'FR', date: dated(1990) }),
  link({ id: '2', hubId: 'b', partnerEn: 'Paris', countryIso2: 'FR', date: dated(2021) }),
  link({
    id: '3',
    hubId: 'a',
    partnerEn: 'Osaka',
    countryIso2: 'JP',
    region: 'east-asia',
    date: dated(2005),
  }),
  link({ id: '4', hubId: 'b', partnerEn: 'Lima', countryIso2: 'PE', region: 'latin-america', date: UNDATED }),
];

describe('selectStoryValues', () => {
  it('counts the selection and gives its first and last signing years and the filter range', () => {
    expect(selectStoryValues(storeWithLinks(links).getState())).toEqual({
      links: 4,
      partners: 3,
      countries: 3,
      regions: 3,
      undated: 1,
      firstYear: '1990',
      lastYear: '2021',
      from: '1990',
      to: '2021',
    });
  });

  it('follows the filters', () => {
    const store = storeWithLinks(links);
    store.getState().setFilters({ yearFrom: 2000, includeUndated: false, hubs: ['a'] });
    expect(selectStoryValues(store.getState())).toMatchObject({
      links: 1,
      partners: 1,
      firstYear: '2005',
      lastYear: '2005',
      from: '2000',
      to: '2021',
    });
  });

  it('has no years when nothing dated is selected', () => {
    const store = storeWithLinks(links);
    store.getState().setFilters({ hubs: ['b'], regions: ['latin-america'] });
    expect(selectStoryValues(store.getState())).toMatchObject({ links: 1, firstYear: null, lastYear: null });
  });
});
