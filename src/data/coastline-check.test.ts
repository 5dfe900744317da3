import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWorldBasemap } from '../../scripts/world-basemap.ts';
import { checkPartnerCoastlines, distanceOutsideKm, indexCountryShapes } from './coastline-check.ts';
import { formatIssue } from './issues.ts';
import { parseDataset } from './parse-dataset.ts';
import { file, HUBS_TSV, linkRow, linksTsv, TODAY } from './test-fixtures.ts';

const shapes = indexCountryShapes(readWorldBasemap());

function linksOf(text: string) {
  const { dataset } = parseDataset(
    { hubs: file('hubs.tsv', HUBS_TSV), links: file('links.tsv', text) },
    { today: TODAY },
  );
  return dataset?.links ?? [];
}

describe('coastline check', () => {
  it('finds an inland point inside its country', () => {
    expect(distanceOutsideKm(shapes.get('KZ') ?? [], 68.5451, 40.6634)).toBe(0);
  });

  it('keeps several features for one code (Australia and Ashmore)', () => {
    expect(shapes.get('AU')?.length).toBe(2);
  });

  it('skips the -99 features', () => {
    expect(shapes.has('-99')).toBe(false);
  });

  it('warns about a South African partner placed at London', () => {
    const row = linkRow({ country_iso2: 'ZA', lat: '51.55', lon: '0.10' });
    const [warning] = checkPartnerCoastlines(linksOf(linksTsv([row])), shapes, 'links.tsv');
    expect(warning && formatIssue(warning)).toMatch(
      /^links\.tsv:2: warning: column "lat": \(51\.55, 0\.1\) is \d+ km outside ZA/,
    );
  });

  it('does not warn about a coastal city a few km off the simplified coast', () => {
    const row = linkRow({ country_iso2: 'FJ', lat: '-18.1431', lon: '177.5069' });
    expect(checkPartnerCoastlines(linksOf(linksTsv([row])), shapes, 'links.tsv')).toEqual([]);
  });

  it('finds data/ free of errors, warning only about islands missing from the basemap', () => {
    const load = (name: string) => ({ name, bytes: readFileSync(new URL(`../../${name}`, import.meta.url)) });
    const { dataset, issues } = parseDataset(
      { hubs: load('data/hubs.tsv'), links: load('data/links.tsv') },
      { today: TODAY },
    );
    const links = dataset?.links ?? [];
    const warned = checkPartnerCoastlines(links, shapes, 'data/links.tsv').map(
      (issue) => links.find((link) => link.line === issue.line)?.partnerEn,
    );
    expect([issues, links.length, warned.sort()]).toEqual([[], 109, ['Betio', "Vava'u"]]);
  });
});
