import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distanceOutsideKm, indexCountryShapes } from '../../src/data/coastline-check.ts';
import { parseDataset } from '../../src/data/parse-dataset.ts';
import { REGION_IDS } from '../../src/geo/region-ids.ts';
import type { Dataset } from '../../src/data/index.ts';
import { regionOfCountry } from '../../src/geo/regions.ts';
import { readWorldBasemap } from '../../scripts/world-basemap.ts';
import {
  FIRST_YEAR,
  generateChinaLinks,
  generateWorldLinks,
  LAST_YEAR,
  SYNTHETIC_COLUMNS,
} from './generate.ts';
import { indexLand } from './land.ts';

const world = readWorldBasemap();
const land = indexLand(world);
const shapes = indexCountryShapes(world);
const hubsFile = { name: 'data/hubs.tsv', bytes: readFileSync('data/hubs.tsv') };
const realHubs = parseDataset({
  hubs: hubsFile,
  links: { name: 'data/links.tsv', bytes: readFileSync('data/links.tsv') },
}).dataset!.hubs;
const bytesOf = (text: string) => new TextEncoder().encode(text);

function parseAlone(tsv: string): Dataset {
  const { dataset, issues } = parseDataset({ links: { name: 'synthetic.tsv', bytes: bytesOf(tsv) } });
  expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  return dataset!;
}

describe('generateWorldLinks', () => {
  const tsv = generateWorldLinks({ hubs: realHubs, count: 400, seed: 7, land });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateWorldLinks({ hubs: realHubs, count: 400, seed: 7, land })).toBe(tsv);
    expect(generateWorldLinks({ hubs: realHubs, count: 400, seed: 8, land })).not.toBe(tsv);
  });

  it('writes the research columns plus home_* and one row per link', () => {
    const [header, ...rows] = tsv.trimEnd().split('\n');
    expect(header?.split('\t')).toEqual([...SYNTHETIC_COLUMNS]);
    expect(rows).toHaveLength(400);
  });

  it('parses with the app parser, alone or with data/hubs.tsv, into links from every real hub', () => {
    const alone = parseAlone(tsv);
    const withHubs = parseDataset({ hubs: hubsFile, links: { name: 'synthetic.tsv', bytes: bytesOf(tsv) } });
    expect(withHubs.dataset?.links).toHaveLength(400);
    expect(alone.links).toHaveLength(400);
    expect(new Set(alone.links.map((link) => link.hubId))).toEqual(new Set(realHubs.map((hub) => hub.id)));
    for (const hub of alone.hubs) {
      const real = realHubs.find((candidate) => candidate.id === hub.id);
      expect([hub.lat, hub.lon]).toEqual([real?.lat, real?.lon]);
    }
  });

  it('puts each partner inside its own foreign country, with that country region', () => {
    const { links } = parseAlone(tsv);
    for (const link of links) {
      expect(['CN', 'TW', 'HK', 'MO']).not.toContain(link.countryIso2);
      expect(link.region).toBe(regionOfCountry(link.countryIso2));
      expect(distanceOutsideKm(shapes.get(link.countryIso2) ?? [], link.lon, link.lat)).toBe(0);
    }
    expect(new Set(links.map((link) => link.region)).size).toBeGreaterThan(REGION_IDS.length / 2);
  });

  it('spreads years, relations and levels, with a few undated links', () => {
    const { links } = parseAlone(tsv);
    const years = links.flatMap((link) => (link.date.year === null ? [] : [link.date.year]));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(FIRST_YEAR);
    expect(Math.max(...years)).toBeLessThanOrEqual(LAST_YEAR);
    expect(new Set(years).size).toBeGreaterThan(30);
    expect(links.length - years.length).toBeGreaterThan(0);
    expect(links.length - years.length).toBeLessThan(links.length * 0.15);
    expect(new Set(links.map((link) => link.relation))).toEqual(new Set(['sister', 'partner', 'intent']));
    expect(new Set(links.map((link) => link.level))).toEqual(new Set(['prefecture', 'county']));
  });
});

describe('generateChinaLinks', () => {
  const tsv = generateChinaLinks({ hubCount: 40, count: 300, seed: 5, land });

  it('is deterministic for a seed', () => {
    expect(generateChinaLinks({ hubCount: 40, count: 300, seed: 5, land })).toBe(tsv);
  });

  it('brings its own hubs, all inside China, each with links', () => {
    const { hubs, links } = parseAlone(tsv);
    expect(hubs).toHaveLength(40);
    expect(links).toHaveLength(300);
    expect(new Set(links.map((link) => link.hubId)).size).toBe(40);
    for (const hub of hubs) expect(distanceOutsideKm(shapes.get('CN') ?? [], hub.lon, hub.lat)).toBe(0);
  });
});
