import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseDelimited, splitDelimited } from './delimited.ts';

describe('detectDelimiter', () => {
  it('picks tab for a TSV header', () => {
    expect(detectDelimiter('a\tb\tc\n1,2\t3\t4')).toBe('\t');
  });

  it('picks comma for a CSV header', () => {
    expect(detectDelimiter('a,b,c\n1\t2,3,4')).toBe(',');
  });
});

describe('parseDelimited', () => {
  it('keys cells by header and keeps 1-based line numbers', () => {
    const { table } = parseDelimited('a\tb\n1\t2\n3\t4\n');
    expect(table.rows).toEqual([
      { line: 2, values: { a: '1', b: '2' } },
      { line: 3, values: { a: '3', b: '4' } },
    ]);
  });

  it('tolerates CRLF line ends', () => {
    const { table } = parseDelimited('a\tb\r\n1\t2\r\n');
    expect(table.rows).toEqual([{ line: 2, values: { a: '1', b: '2' } }]);
  });

  it('reads CSV quotes holding commas and doubled quotes', () => {
    const { table } = parseDelimited('a,b\n"Jung District, Incheon","say ""hi"""\n');
    expect(table.rows[0]?.values).toEqual({ a: 'Jung District, Incheon', b: 'say "hi"' });
  });

  it('counts lines inside a quoted line break so later rows keep their line', () => {
    const { table } = parseDelimited('a,b\n"two\nlines",x\ny,z\n');
    expect(table.rows.map((row) => [row.line, row.values.a])).toEqual([
      [2, 'two\nlines'],
      [4, 'y'],
    ]);
  });

  it('keeps a quote inside a TSV cell as text', () => {
    const { table } = parseDelimited('a\tb\nVava\'u\tthe "Pacific" list\n');
    expect(table.rows[0]?.values.b).toBe('the "Pacific" list');
  });

  it('skips blank lines', () => {
    const { table } = parseDelimited('a\n1\n\n2\n');
    expect(table.rows.map((row) => row.line)).toEqual([2, 4]);
  });

  it('pads a row that a spreadsheet saved without its trailing empty cells', () => {
    const { table, problems } = parseDelimited('a\tb\tc\n1\n');
    expect(table.rows[0]?.values).toEqual({ a: '1', b: '', c: '' });
    expect(problems).toEqual([
      expect.objectContaining({
        line: 2,
        severity: 'warning',
        detail: { code: 'tooFewCells', cells: 1, columns: 3 },
      }),
    ]);
  });

  it('reports a row with more filled cells than the header', () => {
    const { problems } = parseDelimited('a\tb\n1\t2\t3\n');
    expect(problems).toEqual([{ line: 2, detail: { code: 'tooManyCells', cells: 3, columns: 2 } }]);
  });

  it('reports a quoted field that never closes, at the line it opens', () => {
    const { problems } = parseDelimited('a,b\n1,2\n"open,3\n');
    expect(problems).toEqual([{ line: 3, detail: { code: 'unclosedQuote' } }]);
  });

  it('reads a quote as text unless it opens a field, and text after a closing quote as part of the cell', () => {
    const { table } = parseDelimited('a,b,c\nx"y,"q"r,""""\n');
    expect(table.rows[0]?.values).toEqual({ a: 'x"y', b: 'qr', c: '"' });
  });

  it('ends records at a lone CR as at LF and CRLF', () => {
    const { table } = parseDelimited('a\tb\r1\t2\r\n3\t4\n5\t6');
    expect(table.rows.map((row) => [row.line, row.values.a])).toEqual([
      [2, '1'],
      [3, '3'],
      [4, '5'],
    ]);
  });
});

describe('splitDelimited', () => {
  it('keeps cells as written and leaves out rows with extra filled cells', () => {
    const { columns, records, problems } = splitDelimited(' a \tb\n 1 \t2\t\n3\t4\t5\n');
    expect(columns).toEqual(['a', 'b']);
    expect(records).toEqual([{ line: 2, fields: [' 1 ', '2', ''] }]);
    expect(problems).toEqual([{ line: 3, detail: { code: 'tooManyCells', cells: 3, columns: 2 } }]);
  });
});
