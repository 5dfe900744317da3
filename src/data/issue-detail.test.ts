import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseCustomFiles } from './custom-dataset.ts';
import type { IssueDetail } from './issue-detail.ts';
import { issueMessage } from './issue-texts-en.ts';
import { detailFromZod, issuesFromZod } from './issues.ts';
import { parseDataset } from './parse-dataset.ts';
import { parseHubs } from './parse-hubs.ts';
import { readTable } from './read-table.ts';
import { file, HUBS_TSV, linkRow, linksTsv, TODAY } from './test-fixtures.ts';

const parse = (rows: readonly Record<string, string>[], extraColumns: readonly string[] = []) =>
  parseDataset(
    { hubs: file('hubs.tsv', HUBS_TSV), links: file('links.tsv', linksTsv(rows, extraColumns)) },
    { today: TODAY },
  );

const where = ({ line, column, detail }: { line: number; column: string | null; detail: IssueDetail }) => ({
  line,
  column,
  detail,
});

describe('issue details from the parser', () => {
  it.each<[Record<string, string>, string, IssueDetail]>([
    [{ lat: '95.2' }, 'lat', { code: 'outOfRange', value: '95.2', min: -90, max: 90 }],
    [{ lon: 'east' }, 'lon', { code: 'notANumber', value: 'east' }],
    [{ lat: '' }, 'lat', { code: 'empty' }],
    [
      { relation: 'cousin' },
      'relation',
      { code: 'notOneOf', value: 'cousin', allowed: ['sister', 'partner', 'intent'] },
    ],
    [{ status: '' }, 'status', { code: 'emptyNotOneOf', allowed: ['active', 'unclear', 'ended'] }],
    [{ country_iso2: 'ZZ' }, 'country_iso2', { code: 'notACountryCode', value: 'ZZ' }],
    [{ home_city: 'Liao Cheng' }, 'home_city', { code: 'notAnId', value: 'Liao Cheng' }],
    [{ sources: '' }, 'sources', { code: 'noSources' }],
    [{ sources: 'ftp://x' }, 'sources', { code: 'badSource', source: 'ftp://x' }],
    [{ partner_zh: '', partner_en: '' }, 'partner_en', { code: 'noPartnerName' }],
    [{ home_unit_zh: '', home_unit_en: '' }, 'home_unit_en', { code: 'noUnitName' }],
    [
      { established: '2020-13', established_precision: '' },
      'established',
      { code: 'notADate', value: '2020-13' },
    ],
    [
      { established: '2001', established_precision: 'month' },
      'established_precision',
      { code: 'precisionMismatch', precision: 'month', date: '2001', shape: 'year' },
    ],
    [
      { established: '', established_precision: 'year' },
      'established_precision',
      { code: 'precisionWithoutDate', precision: 'year' },
    ],
    [
      { established: '2001', established_precision: 'decade' },
      'established_precision',
      { code: 'notOneOf', value: 'decade', allowed: ['day', 'month', 'year', 'unknown'] },
    ],
    [
      { established: '2027-01', established_precision: 'month' },
      'established',
      { code: 'futureDate', date: '2027-01', today: '2026-11-23' },
    ],
  ])('reads %o as column %s: %o', (changes, column, detail) => {
    const { issues } = parse([linkRow(changes)]);
    expect(issues.map(where)).toEqual([{ line: 2, column, detail }]);
  });

  it('reports a repeated id and a repeated link with the line they first appear on', () => {
    const { issues } = parse([linkRow({ id: 'a' }), linkRow({ id: 'a', partner_zh: '' })], ['id']);
    expect(issues.map(where)).toEqual([
      { line: 3, column: 'id', detail: { code: 'idUsed', id: 'a', firstLine: 2 } },
      { line: 3, column: 'partner_en', detail: { code: 'duplicateLink', firstLine: 2 } },
    ]);
  });

  it('names a hub that neither the hubs file nor home_* cells place', () => {
    const { issues } = parse([linkRow({ home_city: 'daqing' })]);
    expect(issues.map(where)).toEqual([
      { line: 2, column: 'home_city', detail: { code: 'unknownHubWithoutHome', hub: 'daqing' } },
    ]);
  });

  it('reports a file with a header and no rows, and a missing column', () => {
    expect(parse([]).issues.map(where)).toEqual([
      { line: 1, column: null, detail: { code: 'headerWithoutRows' } },
    ]);
    const { issues } = readTable(file('t.tsv', 'a\n1\n'), { required: ['a', 'b'], optional: [] });
    expect(issues.map(where)).toEqual([{ line: 1, column: 'b', detail: { code: 'missingColumn' } }]);
  });

  it('reports hub ids used twice', () => {
    const table = readTable(file('hubs.tsv', HUBS_TSV + HUBS_TSV.split('\n')[1] + '\n'), {
      required: ['id', 'name_zh', 'name_en', 'lat', 'lon', 'source'],
      optional: [],
    }).table;
    expect(table && parseHubs(table, 'hubs.tsv').issues.map(where)).toEqual([
      { line: 3, column: 'id', detail: { code: 'idUsed', id: 'liaocheng', firstLine: 2 } },
    ]);
  });

  it('asks for a links file when only a hubs file is opened', () => {
    const { issues } = parseCustomFiles([file('hubs.tsv', HUBS_TSV)], []);
    expect(issues.map((issue) => issue.detail)).toEqual([{ code: 'noLinksFile' }]);
  });

  it('words every message from its detail', () => {
    const { issues } = parse([
      linkRow({ lat: '95.2', relation: 'cousin' }),
      linkRow({ home_city: 'daqing', established: '2030' }),
    ]);
    expect(issues.length).toBeGreaterThan(2);
    for (const issue of issues) expect(issue.message).toBe(issueMessage(issue.detail));
  });
});

describe('zod issues that our checks do not word', () => {
  const issueOf = (schema: z.ZodType, input: unknown) => {
    const result = schema.safeParse(input);
    if (result.success) throw new Error('expected a failure');
    return result.error;
  };

  it('maps type, length and unknown failures to codes', () => {
    const [missing] = issueOf(z.object({ a: z.string() }), {}).issues;
    const [short] = issueOf(z.string().min(3), 'ab').issues;
    const [long] = issueOf(z.string().max(2), 'abc').issues;
    expect(missing && detailFromZod(missing, '')).toEqual({ code: 'wrongType', expected: 'string' });
    expect(short && detailFromZod(short, 'ab')).toEqual({ code: 'tooShort', minimum: 3 });
    expect(long && detailFromZod(long, 'abc')).toEqual({ code: 'tooLong', maximum: 2 });
  });

  it('keeps zod’s English and the cell for anything else', () => {
    const error = issueOf(z.object({ mail: z.email() }), { mail: 'nobody' });
    const [issue] = issuesFromZod(error, 'f.tsv', 4, { mail: 'nobody' });
    expect(issue?.detail).toEqual({ code: 'invalid', text: error.issues[0]?.message, value: 'nobody' });
    expect(issue?.message).toBe(error.issues[0]?.message);
    expect(issue).toMatchObject({ file: 'f.tsv', line: 4, column: 'mail', severity: 'error' });
  });
});

describe('English issue texts', () => {
  // Worded as the parser worded them before issues had a detail; the data check and scripts print these.
  it.each<[IssueDetail, string]>([
    [
      { code: 'fileTooLarge', megabytes: '50.0', limitMegabytes: '20.0' },
      'the file is 50.0 MB; files up to 20.0 MB can be opened',
    ],
    [{ code: 'noLinksFile' }, 'no links file: open a file of links (hubs and claims files can come with it)'],
    [
      { code: 'oneFileOfEachKind' },
      'open one file of each kind at a time (links, and optionally hubs and claims)',
    ],
    [{ code: 'httpError', status: 404 }, 'the file could not be loaded (HTTP 404)'],
    [{ code: 'tooManyCells', cells: 3, columns: 2 }, 'the row has 3 cells but the header has 2'],
    [
      { code: 'tooFewCells', cells: 1, columns: 3 },
      'the row has 1 cells but the header has 3: is the file cut short?',
    ],
    [{ code: 'jsonItemNotObject', item: 2 }, 'item 2 is not an object'],
    [{ code: 'outOfRange', value: '95.2', min: -90, max: 90 }, '95.2 is out of range (-90..90)'],
    [{ code: 'notOneOf', value: 'x', allowed: ['a', 'b'] }, '"x" is not one of a, b'],
    [{ code: 'emptyNotOneOf', allowed: ['a', 'b'] }, 'must be one of a, b'],
    [{ code: 'noWorldRegion', iso2: 'AQ' }, 'AQ has no world region'],
    [
      { code: 'precisionMismatch', precision: 'month', date: '2001', shape: 'year' },
      'is "month" but established 2001 is precise to the year',
    ],
    [
      { code: 'precisionWithoutDate', precision: 'year' },
      'is "year" but "established" is empty; use "unknown"',
    ],
    [{ code: 'idUsed', id: 'a', firstLine: 2 }, '"a" is already used on line 2'],
    [
      { code: 'duplicateLink', firstLine: 7 },
      'duplicate link: same hub, unit, country and partner as line 7',
    ],
    [
      { code: 'futureDate', date: '2027-01', today: '2026-11-23' },
      '2027-01 is in the future (today is 2026-11-23)',
    ],
    [
      { code: 'unknownHubWithoutHome', hub: 'x' },
      'unknown hub "x": add it to the hubs file, or give home_zh/home_en, home_lat and home_lon on one of its rows',
    ],
    [
      { code: 'outsideCountry', lat: 1.5, lon: 2, km: 340, country: 'FR', limitKm: 100 },
      '(1.5, 2) is 340 km outside FR on the basemap (more than 100 km)',
    ],
  ])('words %o as before', (detail, message) => {
    expect(issueMessage(detail)).toBe(message);
  });
});
