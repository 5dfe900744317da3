import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues.ts';
import { parseDataset } from './parse-dataset.ts';
import { file, HUBS_TSV, linkRow, linksTsv, TODAY } from './test-fixtures.ts';

const HEADER = 'hub\tkind\tcount\tas_of\tsource\tnote\n';

function parseClaims(rows: string) {
  return parseDataset(
    {
      hubs: file('hubs.tsv', HUBS_TSV),
      links: file('links.tsv', linksTsv([linkRow()])),
      claims: file('claims.tsv', HEADER + rows),
    },
    { today: TODAY },
  );
}

describe('claims file', () => {
  it('reads a claimed total', () => {
    const { dataset } = parseClaims('liaocheng\tcountries\t19\t2025-05-23\tseed:003\tsame article\n');
    expect(dataset?.claims).toEqual([
      {
        hubId: 'liaocheng',
        kind: 'countries',
        count: 19,
        asOf: '2025-05-23',
        source: 'seed:003',
        note: 'same article',
      },
    ]);
  });

  it('rejects a count that is not a whole number', () => {
    expect(parseClaims('liaocheng\tpartners\tabout 35\t2025\tseed:003\t\n').issues.map(formatIssue)).toEqual([
      'claims.tsv:2: column "count": "about 35" is not a whole number',
    ]);
  });

  it('rejects an unknown kind', () => {
    expect(parseClaims('liaocheng\tcities\t35\t2025\tseed:003\t\n').issues.map(formatIssue)).toEqual([
      'claims.tsv:2: column "kind": "cities" is not one of sister, partner, intent, partners, countries',
    ]);
  });

  it('rejects a claim for an unknown hub', () => {
    expect(parseClaims('jinan\tsister\t3\t2025\tseed:003\t\n').issues.map(formatIssue)).toEqual([
      'claims.tsv:2: column "hub": unknown hub "jinan"',
    ]);
  });

  it('rejects an as_of that is not a date', () => {
    expect(parseClaims('liaocheng\tsister\t3\tMay 2025\tseed:003\t\n').issues.map(formatIssue)).toEqual([
      'claims.tsv:2: column "as_of": "May 2025" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });
});

describe('hubs file', () => {
  const parseHubs = (rows: string) =>
    parseDataset(
      {
        hubs: file('hubs.tsv', 'id\tname_zh\tname_en\tlat\tlon\tsource\n' + rows),
        links: file('links.tsv', linksTsv([linkRow()])),
      },
      { today: TODAY },
    ).issues.map(formatIssue);

  it('rejects a hub id used twice', () => {
    const row = 'liaocheng\t聊城\tLiaocheng\t36.4559\t115.9852\thttps://en.wikipedia.org/wiki/Liaocheng\n';
    expect(parseHubs(row + row)).toEqual(['hubs.tsv:3: column "id": "liaocheng" is already used on line 2']);
  });

  it('rejects a hub without a source', () => {
    expect(parseHubs('liaocheng\t聊城\tLiaocheng\t36.4559\t115.9852\t\n')).toContain(
      'hubs.tsv:2: column "source": must not be empty',
    );
  });
});
