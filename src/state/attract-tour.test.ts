import { describe, expect, it } from 'vitest';
import type { Hub } from '../data/index.ts';
import { buildAttractTour, SIGNINGS_STEP_MS } from './attract-tour.ts';
import { dated, makeLink, UNDATED } from './test-fixtures.ts';
import { DEFAULT_FILTERS } from './view-state.ts';

const hubs: Hub[] = [
  { id: 'a', nameZh: '甲', nameEn: 'A', lat: 30, lon: 110 },
  { id: 'b', nameZh: '乙', nameEn: 'B', lat: 40, lon: 120 },
];

const links = [
  makeLink({ id: 'a-x', hubId: 'a', partnerEn: 'X', countryIso2: 'FR', date: dated(2001), lon: 2, lat: 48 }),
  makeLink({ id: 'b-y', hubId: 'b', partnerEn: 'Y', countryIso2: 'DE', date: dated(2001), lon: 13, lat: 52 }),
  makeLink({ id: 'b-z', hubId: 'b', partnerEn: 'Z', countryIso2: 'DE', date: dated(2001), lon: 11, lat: 48 }),
  makeLink({
    id: 'a-w',
    hubId: 'a',
    partnerEn: 'W',
    countryIso2: 'US',
    region: 'north-america',
    date: dated(1995),
    lon: -122,
    lat: 47,
  }),
  makeLink({ id: 'a-u', hubId: 'a', partnerEn: 'U', countryIso2: 'FR', date: UNDATED, lon: 5, lat: 45 }),
];

const tour = buildAttractTour({ hubs, links }, DEFAULT_FILTERS);
const captions = tour.map((step) => step.caption);

describe('buildAttractTour', () => {
  it('plays the years forward, one step per hub that signed that year, with its new partners', () => {
    const signings = captions.filter((caption) => caption.kind === 'signings');
    expect(signings).toEqual([
      { kind: 'signings', year: 1995, hubId: 'a', newPartners: 1 },
      { kind: 'signings', year: 2001, hubId: 'a', newPartners: 1 },
      { kind: 'signings', year: 2001, hubId: 'b', newPartners: 2 },
    ]);
  });

  it('shows the network as of each year and leaves undated links out while the years play', () => {
    const step = tour.find((s) => s.caption.kind === 'signings' && s.caption.year === 2001);
    expect(step?.filters).toMatchObject({ yearFrom: null, yearTo: 2001, includeUndated: false });
    expect(step?.durationMs).toBe(SIGNINGS_STEP_MS);
  });

  it('frames the hub and the partners it signed with that year', () => {
    const step = tour.find((s) => s.caption.kind === 'signings' && s.caption.hubId === 'b');
    // Hub b (120°E, 40°N) and its partners in Germany (11–13°E, 48–52°N).
    expect(step?.focus).toEqual([
      [11, 40],
      [120, 52],
    ]);
  });

  it('then shows everything, undated links included, then each hub and each region', () => {
    const rest = captions.filter((caption) => caption.kind !== 'signings');
    expect(rest).toEqual([
      { kind: 'overview', hubIds: ['a', 'b'], partners: 5, countries: 3 },
      { kind: 'hub', hubId: 'a', partners: 3, countries: 2 },
      { kind: 'hub', hubId: 'b', partners: 2, countries: 1 },
      { kind: 'region', region: 'europe', partners: 4, countries: 2 },
      { kind: 'region', region: 'north-america', partners: 1, countries: 1 },
    ]);
    const overview = tour.find((s) => s.caption.kind === 'overview');
    expect(overview?.filters).toEqual(DEFAULT_FILTERS);
    expect(tour.find((s) => s.caption.kind === 'hub')?.filters.hubs).toEqual(['a']);
    expect(tour.find((s) => s.caption.kind === 'region')?.filters.regions).toEqual(['europe']);
  });

  it('frames a region by its partners only, without flying back to the hubs', () => {
    const step = tour.find((s) => s.caption.kind === 'region' && s.caption.region === 'europe');
    expect(step?.focus).toEqual([
      [2, 45],
      [13, 52],
    ]);
  });

  it("stays within the kiosk's own selection", () => {
    const onlyB = buildAttractTour({ hubs, links }, { ...DEFAULT_FILTERS, hubs: ['b'] });
    expect(onlyB.map((step) => step.caption)).toEqual([
      { kind: 'signings', year: 2001, hubId: 'b', newPartners: 2 },
      { kind: 'overview', hubIds: ['b'], partners: 2, countries: 1 },
      { kind: 'hub', hubId: 'b', partners: 2, countries: 1 },
      { kind: 'region', region: 'europe', partners: 2, countries: 1 },
    ]);
    expect(onlyB.every((step) => step.filters.hubs?.join() === 'b')).toBe(true);
  });

  it('counts a partner once when a city and one of its counties both signed with it', () => {
    const twice = [
      makeLink({ id: 'a-x', hubId: 'a', partnerEn: 'X', countryIso2: 'FR', date: dated(2001) }),
      makeLink({
        id: 'a-x2',
        hubId: 'a',
        partnerEn: 'X',
        countryIso2: 'FR',
        date: dated(2001),
        level: 'county',
      }),
    ];
    const [first] = buildAttractTour({ hubs, links: twice }, DEFAULT_FILTERS);
    expect(first?.caption).toEqual({ kind: 'signings', year: 2001, hubId: 'a', newPartners: 1 });
  });

  it('has no steps without links', () => {
    expect(buildAttractTour({ hubs, links: [] }, DEFAULT_FILTERS)).toEqual([]);
  });
});
