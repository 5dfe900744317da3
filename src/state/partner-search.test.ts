import { describe, expect, it } from 'vitest';
import {
  groupPartners,
  matchScore,
  normalizeForSearch,
  partnersOf,
  searchPartners,
  searchPartnersTop,
} from './partner-search.ts';
import { dated, makeLink, UNDATED } from './test-fixtures.ts';

const chelny = makeLink({
  id: 'c',
  hubId: 'a',
  partnerEn: 'Naberezhnye Chelny',
  partnerZh: '卡马河畔切尔内市',
  partnerNative: 'Набережные Челны',
  countryIso2: 'RU',
  date: dated(2009),
});
const hoiAn = makeLink({
  id: 'h',
  hubId: 'b',
  partnerEn: 'Hoi An',
  partnerZh: '会安市',
  partnerNative: 'Hội An',
  countryIso2: 'VN',
  date: UNDATED,
});
const paks = makeLink({
  id: 'p',
  hubId: 'a',
  partnerEn: 'Paks',
  partnerZh: '保克什市',
  countryIso2: 'HU',
  date: dated(2021),
});
const entries = groupPartners([chelny, hoiAn, paks]);
const collator = new Intl.Collator('en');
const englishName = (entry: (typeof entries)[number]) => entry.links[0]?.partnerEn ?? '';

describe('partner search', () => {
  it.each(['Naberezhnye', '切尔内', 'набережные', 'nabrezhny chelny'])(
    'finds Naberezhnye Chelny by %s',
    (query) => {
      expect(searchPartners(entries, query, 'name', englishName, collator).map(englishName)).toEqual([
        'Naberezhnye Chelny',
      ]);
    },
  );

  it('ignores diacritics both ways', () => {
    expect(normalizeForSearch('Hội An')).toBe('hoi an');
    expect(matchScore(entries[1]!, 'hội')).toBe(2);
  });

  it('does not fuzz very short queries into false hits', () => {
    expect(searchPartners(entries, 'pks', 'name', englishName, collator)).toEqual([]);
  });

  it('sorts by earliest signing year with undated partners last', () => {
    expect(searchPartners(entries, '', 'date', englishName, collator).map(englishName)).toEqual([
      'Naberezhnye Chelny',
      'Paks',
      'Hoi An',
    ]);
  });

  it('sorts by name with the collator', () => {
    expect(searchPartners(entries, '', 'name', englishName, collator).map(englishName)).toEqual([
      'Hoi An',
      'Naberezhnye Chelny',
      'Paks',
    ]);
  });

  it('groups the links of one partner', () => {
    const twice = groupPartners([paks, { ...paks, id: 'p2', hubId: 'b' }]);
    expect(twice).toHaveLength(1);
    expect(twice[0]?.links).toHaveLength(2);
  });

  it('lists the first few of many as the full search would, with the count of all', () => {
    const many = groupPartners(
      Array.from({ length: 400 }, (_, i) =>
        makeLink({
          id: `m${i}`,
          hubId: 'a',
          partnerEn: `Partner ${(i * 37) % 101}`,
          countryIso2: ['FR', 'JP', 'KR'][i % 3]!,
          date: i % 9 === 0 ? UNDATED : dated(1980 + (i % 13)),
        }),
      ),
    );
    for (const sort of ['date', 'name'] as const) {
      for (const query of ['', 'partner 1', 'prtnr 2']) {
        const all = searchPartners(many, query, sort, englishName, collator);
        const top = searchPartnersTop(many, query, sort, englishName, collator, 25);
        expect(top.count).toBe(all.length);
        expect(top.top).toEqual(all.slice(0, 25));
      }
    }
  });

  it('normalises a partner’s names only when a search reads them', () => {
    const [entry] = groupPartners([
      makeLink({ id: 'x', hubId: 'a', partnerEn: 'Hội An', countryIso2: 'VN' }),
    ]);
    expect(entry?.searchText).toBe('hoi an');
  });
});

describe('partnersOf', () => {
  it('groups the same links once, and keeps only the grouping of the links last asked for', () => {
    const all = [chelny, hoiAn, paks];
    const first = partnersOf(all);
    expect(first.map((entry) => entry.links[0]?.id)).toEqual(['c', 'h', 'p']);
    expect(partnersOf(all), 'the same links: the same grouping').toBe(first);
    const some = partnersOf([paks]);
    expect(some.map((entry) => entry.links[0]?.id)).toEqual(['p']);
    expect(partnersOf(all), 'a grouping is not kept once other links were asked for').not.toBe(first);
  });
});
