import { describe, expect, it } from 'vitest';
import { fileSizeIssue, MAX_DATA_FILE_BYTES, parseCustomFiles } from './custom-dataset.ts';
import type { Hub } from './hub-schema.ts';
import { file, HUBS_TSV, linkRow, linksTsv, TODAY } from './test-fixtures.ts';

const KNOWN_HUBS: Hub[] = [
  { id: 'liaocheng', nameZh: '聊城', nameEn: 'Liaocheng', lat: 36.4559, lon: 115.9852 },
  { id: 'daqing', nameZh: '大庆', nameEn: 'Daqing', lat: 46.5893, lon: 125.1037 },
] as Hub[];

describe('parseCustomFiles', () => {
  it('checks a lone links file against the known hubs and keeps only the hubs it uses', () => {
    const { dataset, issues } = parseCustomFiles(
      [file('my-links.csv', linksTsv([linkRow()]).replaceAll('\t', ','))],
      KNOWN_HUBS,
      TODAY,
    );
    expect(issues).toEqual([]);
    expect(dataset?.links).toHaveLength(1);
    expect(dataset?.hubs.map((hub) => hub.id)).toEqual(['liaocheng']);
    expect(dataset?.countryNames.KR).toEqual({ zh: '韩国', en: 'South Korea' });
  });

  it('takes hubs from a hubs file when one comes along', () => {
    const { dataset } = parseCustomFiles(
      [file('links.tsv', linksTsv([linkRow()])), file('hubs.tsv', HUBS_TSV)],
      [],
      TODAY,
    );
    expect(dataset?.hubs.map((hub) => hub.id)).toEqual(['liaocheng']);
  });

  it('reports a bad cell with its file, line and column', () => {
    const { dataset, issues } = parseCustomFiles(
      [file('links.tsv', linksTsv([linkRow(), linkRow({ partner_en: 'X', lat: 'north' })]))],
      KNOWN_HUBS,
      TODAY,
    );
    expect(dataset).toBeNull();
    expect(issues).toContainEqual(expect.objectContaining({ file: 'links.tsv', line: 3, column: 'lat' }));
  });

  it('refuses a set of files without exactly one links file', () => {
    expect(parseCustomFiles([file('hubs.tsv', HUBS_TSV)], KNOWN_HUBS).issues[0]?.message).toMatch(
      /no links file/,
    );
    const twoLinks = [file('a.tsv', linksTsv([linkRow()])), file('b.tsv', linksTsv([linkRow()]))];
    expect(parseCustomFiles(twoLinks, KNOWN_HUBS).issues[0]).toMatchObject({ file: 'b.tsv' });
  });
});

describe('fileSizeIssue', () => {
  it('refuses files over the limit before they are read', () => {
    expect(fileSizeIssue('a.tsv', MAX_DATA_FILE_BYTES)).toBeNull();
    expect(fileSizeIssue('big.tsv', 50 * 1024 * 1024)?.message).toMatch(/50\.0 MB/);
  });
});
