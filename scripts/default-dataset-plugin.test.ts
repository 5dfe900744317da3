import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetFilePaths, parseDefaultDataset } from './default-dataset-plugin.ts';

const dataRows = (path: string) => readFileSync(path, 'utf8').trim().split('\n').length - 1;

describe('parseDefaultDataset', () => {
  it('ships every row of data/ with the country names the UI shows', () => {
    const [hubsPath, linksPath, claimsPath] = datasetFilePaths();
    const dataset = parseDefaultDataset();
    expect(dataset.hubs).toHaveLength(dataRows(hubsPath!));
    expect(dataset.links).toHaveLength(dataRows(linksPath!));
    expect(dataset.claims).toHaveLength(dataRows(claimsPath!));
    for (const link of dataset.links) expect(dataset.countryNames[link.countryIso2]?.zh).toBeTruthy();
    expect(JSON.parse(JSON.stringify(dataset))).toEqual(dataset);
  });

  it('refuses bad data with the file, line and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dataset-'));
    const [hubsPath, linksPath, claimsPath] = datasetFilePaths();
    const lines = readFileSync(linksPath!, 'utf8').split('\n');
    const header = lines[0]!.split('\t');
    const row = lines[1]!.split('\t');
    row[header.indexOf('lat')] = 'north';
    writeFileSync(join(dir, 'links.tsv'), [lines[0], row.join('\t')].join('\n'));
    writeFileSync(join(dir, 'hubs.tsv'), readFileSync(hubsPath!));
    writeFileSync(join(dir, 'claims.tsv'), readFileSync(claimsPath!));
    expect(() => parseDefaultDataset(dir)).toThrow(/data\/links\.tsv:2.*lat.*not a number/);
  });
});
