import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './parse-dataset.ts';
import type { Dataset } from './parse-dataset.ts';
import { countByHub, documentedVsClaimed } from './stats.ts';
import { TODAY } from './test-fixtures.ts';

function readRealData(): Dataset {
  const load = (name: string) => ({
    name: `data/${name}`,
    bytes: readFileSync(new URL(`../../data/${name}`, import.meta.url)),
  });
  const { dataset } = parseDataset(
    { hubs: load('hubs.tsv'), links: load('links.tsv'), claims: load('claims.tsv') },
    { today: TODAY },
  );
  if (!dataset) throw new Error('data/ does not parse');
  return dataset;
}

const countsOf = (hubId: string) => countByHub(readRealData()).find((counts) => counts.hubId === hubId);

// Expected numbers are the research reports' tables (liaocheng.md and chongqing.md after the fourth pass).
describe('countByHub on data/', () => {
  it('Liaocheng: 28 links in 17 countries, 6 sister and 22 partner, 15 by the city and 13 by counties', () => {
    expect(countsOf('liaocheng')).toMatchObject({
      links: 28,
      countries: 17,
      byRelation: { sister: 6, partner: 22, intent: 0 },
      byLevel: { prefecture: 15, county: 13 },
      undated: 6,
    });
  });

  it('Chongqing: 66 links, 45 sister, 16 partner, 5 intent; 49 municipal and 17 district', () => {
    expect(countsOf('chongqing')).toMatchObject({
      links: 66,
      byRelation: { sister: 45, partner: 16, intent: 5 },
      byLevel: { prefecture: 49, county: 17 },
    });
  });

  it('Daqing: 7 sister links in 7 countries, 3 undated', () => {
    expect(countsOf('daqing')).toMatchObject({
      links: 7,
      countries: 7,
      byRelation: { sister: 7 },
      undated: 3,
    });
  });

  it('Jinzhong: 6 sister and 2 intent in 8 countries, 2 by Pingyao County', () => {
    expect(countsOf('jinzhong')).toMatchObject({
      links: 8,
      countries: 8,
      byRelation: { sister: 6, partner: 0, intent: 2 },
      byLevel: { prefecture: 6, county: 2 },
    });
  });
});

describe('documentedVsClaimed on data/', () => {
  const compare = (hubId: string) =>
    documentedVsClaimed(readRealData(), hubId).map(({ claim, documented, missing }) => [
      claim.kind,
      documented,
      missing,
    ]);

  it('Jinzhong: all 6 sister cities, 2 of 6 letters of intent', () => {
    expect(compare('jinzhong')).toEqual([
      ['sister', 6, 0],
      ['intent', 2, 4],
    ]);
  });

  it('Daqing: 6 sister links existed by Aug 2022 (Chungju came in 2024)', () => {
    expect(compare('daqing')).toEqual([['sister', 6, 0]]);
  });

  it('Liaocheng: 28 of 35 ties and 17 of 19 countries', () => {
    expect(compare('liaocheng')).toEqual([
      ['partners', 28, 7],
      ['countries', 17, 2],
    ]);
  });
});
