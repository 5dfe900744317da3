import { describe, expect, it } from 'vitest';
import { readTable } from './read-table.ts';
import { file } from './test-fixtures.ts';

const SPEC = { required: ['a', 'b'], optional: ['c'] };

describe('readTable', () => {
  it('gives every row one trimmed cell per known column, in the spec’s order', () => {
    const { table, issues } = readTable(file('t.tsv', 'b\ta\tx\n 2 \t1\tignored\n'), SPEC);
    expect(issues).toEqual([
      {
        file: 't.tsv',
        line: 1,
        column: 'x',
        message: 'unknown column, ignored',
        detail: { code: 'unknownColumn' },
        severity: 'warning',
      },
    ]);
    expect(table?.known).toEqual(['a', 'b', 'c']);
    expect(table?.rows.map((row) => [row.line, row.cells])).toEqual([[2, ['1', '2', '']]]);
  });

  it('keys the same cells by column name, for schemas', () => {
    const { table } = readTable(file('t.csv', 'a,b,c\n1,2,3\n'), SPEC);
    expect(table?.rows[0]?.values).toEqual({ a: '1', b: '2', c: '3' });
  });

  it('takes the last cell of a column the header repeats', () => {
    const { table } = readTable(file('t.tsv', 'a\tb\ta\n1\t2\t3\n'), SPEC);
    expect(table?.rows[0]?.cells).toEqual(['3', '2', '']);
  });

  it('reads JSON rows into the same cells', () => {
    const { table } = readTable(file('t.json', '[{"b": 2, "a": ["x", "y"]}]'), SPEC);
    expect(table?.rows[0]?.cells).toEqual(['x y', '2', '']);
  });

  it('reads no rows when a required column is missing', () => {
    const { table, issues } = readTable(file('t.tsv', 'a\n1\n'), SPEC);
    expect(table).toBeNull();
    expect(issues.map((issue) => issue.column)).toEqual(['b']);
  });
});
