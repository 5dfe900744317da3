import { describe, expect, it } from 'vitest';
import { createLinkRowReader } from './link-row.ts';
import { linkRowSchema } from './link-schema.ts';
import { validLinkCells } from './test-fixtures.ts';
import { HOME_COLUMNS, LINK_COLUMNS } from './vocabulary.ts';

const KNOWN = [...LINK_COLUMNS, 'id', ...HOME_COLUMNS];

/** Cells worth trying in each column: valid, invalid, and the edges between them. */
const VARIANTS: Record<string, string[]> = {
  id: ['', 'a-b-1', 'A', 'a--b', '-a', 'a_b', ' a'],
  home_city: ['liaocheng', '', 'Liaocheng', 'new-hub', 'a b'],
  home_unit_zh: ['', '聊城市', ' 单位 '],
  home_unit_en: ['', 'Liaocheng', ' '],
  home_level: ['prefecture', 'county', '', 'County', 'city'],
  partner_zh: ['', '宜宁郡', '  '],
  partner_en: ['', 'Uiryeong County', ' x '],
  partner_native: ['', ' 의령군 '],
  country_iso2: ['KR', 'kr', 'kR', 'AQ', 'XX', 'UK', '', 'K', 'KOR', 'ß', ' kr'],
  lat: ['35.3', '-90', '90', '90.0001', '+.5', '5.', '.', '1e2', '', ' 1', 'NaN', '-0'],
  lon: ['128', '-180', '180.5', '0x1A', 'Infinity', '１'],
  relation: ['sister', 'partner', 'intent', 'twin', ''],
  established: [
    '',
    '2001',
    '2001-06',
    '2001-06-07',
    '2001-02-29',
    '2000-02-29',
    '0000-02-29',
    '2001-6',
    '2001-13',
  ],
  established_precision: ['', 'day', 'month', 'year', 'unknown', 'decade'],
  status: ['active', 'unclear', 'ended', 'gone'],
  sources: [
    'seed:a',
    'seed:a https://b.c/d',
    ' ',
    'seed:',
    'www.x',
    'seed:a\u00a0seed:b',
    'http://x  seed:y',
  ],
  confidence: ['high', 'medium', 'low', 'High'],
  note: ['', ' a note '],
};

/** The valid row with some cells replaced, and every known column present, as a read table has them. */
const row = (changes: Record<string, string>): Record<string, string> =>
  Object.fromEntries(KNOWN.map((column) => [column, changes[column] ?? validLinkCells()[column] ?? '']));

function rowsToTry(): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  for (const [column, values] of Object.entries(VARIANTS)) {
    for (const value of values) rows.push(row({ [column]: value }));
  }
  // Pairs of date cells, which are read together.
  for (const established of VARIANTS.established ?? [])
    for (const precision of VARIANTS.established_precision ?? [])
      rows.push(row({ established, established_precision: precision }));
  rows.push(row({ partner_zh: '', partner_en: '' }));
  rows.push(row({ home_unit_zh: '', home_unit_en: '' }));
  return rows;
}

describe('createLinkRowReader', () => {
  it('reads every row the schema accepts as the schema does, and refuses every other', () => {
    const read = createLinkRowReader(KNOWN);
    const outcomes = { read: 0, refused: 0 };
    for (const values of rowsToTry()) {
      const cells = KNOWN.map((column) => values[column] ?? '');
      const parsed = linkRowSchema.safeParse(values);
      const link = read(cells, 7);
      if (parsed.success) expect(link, JSON.stringify(values)).toEqual({ ...parsed.data, line: 7 });
      else expect(link, JSON.stringify(values)).toBeNull();
      outcomes[parsed.success ? 'read' : 'refused'] += 1;
    }
    // Both paths were exercised.
    expect(outcomes.read).toBeGreaterThan(20);
    expect(outcomes.refused).toBeGreaterThan(20);
  });

  it('reads a table without an id column, and in any column order', () => {
    const known = [...KNOWN].reverse().filter((column) => column !== 'id');
    const cells = validLinkCells();
    const link = createLinkRowReader(known)(
      known.map((column) => cells[column] ?? ''),
      3,
    );
    expect(link).toMatchObject({
      id: '',
      hubId: 'liaocheng',
      countryIso2: 'KR',
      region: 'east-asia',
      line: 3,
    });
  });

  it('gives equal dates equal values, each link its own sources', () => {
    const read = createLinkRowReader(KNOWN);
    const cells = KNOWN.map((column) => validLinkCells()[column] ?? '');
    const [first, second] = [read(cells, 2), read(cells, 3)];
    expect(first?.date).toEqual({ year: 2001, month: 6, day: 7, precision: 'day' });
    expect(second?.date).toEqual(first?.date);
    expect(second?.sources).not.toBe(first?.sources);
  });
});
