import type { Hub } from '../../src/data/index.ts';
import { HOME_COLUMNS, LINK_COLUMNS } from '../../src/data/vocabulary.ts';
import { formatTsv } from '../../src/data/write-tsv.ts';
import type { Land } from './land.ts';
import { isForeignCountryWithRegion, randomLandPoint, roundCoordinate } from './land.ts';
import { createRandom, pickWeighted, randomInt } from './random.ts';
import type { Random } from './random.ts';

// Benchmark input only: every row says it is synthetic, and none of it is ever shown as data.

export const SYNTHETIC_COLUMNS = ['id', ...LINK_COLUMNS, ...HOME_COLUMNS] as const;
type Row = Record<(typeof SYNTHETIC_COLUMNS)[number], string>;

export const FIRST_YEAR = 1973;
export const LAST_YEAR = 2025;
/** Share of links with an unknown signing date, as the real data has some. */
export const UNDATED_SHARE = 0.05;
export const COUNTY_SHARE = 0.3;
const RELATION_WEIGHTS = [
  ['sister', 0.6],
  ['partner', 0.25],
  ['intent', 0.15],
] as const;
const SOURCE = 'seed:bench-synthetic';
const NOTE = 'Synthetic benchmark row from a seeded PRNG; not a real link.';

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function linkRow(random: Random, land: Land, hub: Hub, serial: number, withHome: boolean): Row {
  const partner = randomLandPoint(land, random, isForeignCountryWithRegion);
  const isCounty = random() < COUNTY_SHARE;
  const isUndated = random() < UNDATED_SHARE;
  const year = randomInt(random, FIRST_YEAR, LAST_YEAR);
  const relation = pickWeighted(random, RELATION_WEIGHTS);
  const number = pad(serial, 6);
  return {
    id: `synthetic-${number}`,
    home_city: hub.id,
    home_unit_zh: isCounty ? `${hub.nameZh}合成区` : hub.nameZh,
    home_unit_en: isCounty ? `${hub.nameEn} synthetic district` : hub.nameEn,
    home_level: isCounty ? 'county' : 'prefecture',
    partner_zh: `合成友城${number}`,
    partner_en: `Synthetic partner ${number}`,
    partner_native: '',
    partner_admin_en: '',
    country_en: partner.iso2,
    country_iso2: partner.iso2,
    lat: String(partner.lat),
    lon: String(partner.lon),
    relation,
    established: isUndated ? '' : String(year),
    established_precision: isUndated ? 'unknown' : 'year',
    status: 'active',
    sources: SOURCE,
    confidence: 'low',
    note: NOTE,
    // The first row of each hub places it, so the file stands alone whatever hubs file it is read with.
    home_zh: withHome ? hub.nameZh : '',
    home_en: withHome ? hub.nameEn : '',
    home_lat: withHome ? String(hub.lat) : '',
    home_lon: withHome ? String(hub.lon) : '',
  };
}

function linksFrom(hubs: readonly Hub[], count: number, random: Random, land: Land): string {
  const placed = new Set<string>();
  const rows: Row[] = [];
  for (let serial = 1; serial <= count; serial++) {
    // Every hub gets a link before any gets a second, then hubs are drawn at random.
    const hub = serial <= hubs.length ? hubs[serial - 1] : hubs[randomInt(random, 0, hubs.length - 1)];
    if (!hub) throw new Error('synthetic links need at least one hub');
    rows.push(linkRow(random, land, hub, serial, !placed.has(hub.id)));
    placed.add(hub.id);
  }
  return formatTsv(SYNTHETIC_COLUMNS, rows);
}

/** `count` links from the given hubs (data/hubs.tsv) to partners spread over the world's land, as TSV. */
export function generateWorldLinks(options: {
  hubs: readonly Hub[];
  count: number;
  seed: number;
  land: Land;
}) {
  return linksFrom(options.hubs, options.count, createRandom(options.seed), options.land);
}

/**
 * `hubCount` synthetic home cities spread over China's land (what a national dataset would look like)
 * and `count` links from them; the file brings its own hubs through the `home_*` columns.
 */
export function generateChinaLinks(options: { hubCount: number; count: number; seed: number; land: Land }) {
  const random = createRandom(options.seed);
  const china = options.land.boundsOf('CN');
  if (!china) throw new Error('the basemap has no China');
  const hubs: Hub[] = Array.from({ length: options.hubCount }, (_, index) => {
    const point = randomLandPoint(options.land, random, (iso2) => iso2 === 'CN', china);
    const number = pad(index + 1, 3);
    return {
      id: `synthetic-city-${number}`,
      nameZh: `合成城市${number}`,
      nameEn: `Synthetic city ${number}`,
      lat: roundCoordinate(point.lat),
      lon: roundCoordinate(point.lon),
    };
  });
  return linksFrom(hubs, options.count, random, options.land);
}
