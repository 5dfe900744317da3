import { describe, expect, it } from 'vitest';
import { parseJsonRows } from './json-rows.ts';

describe('parseJsonRows', () => {
  it('reads an array of row objects, numbers and lists as cell text', () => {
    const { table } = parseJsonRows('[{"lat": 35.3, "sources": ["seed:a", "seed:b"], "note": null}]');
    expect(table.rows[0]?.values).toEqual({ lat: '35.3', sources: 'seed:a seed:b', note: '' });
  });

  it('gives each row the line where its object starts', () => {
    const { table } = parseJsonRows('[\n  {"a": "1"},\n  {\n    "a": "{not a brace}"\n  }\n]');
    expect(table.rows.map((row) => row.line)).toEqual([2, 3]);
  });

  it('reports text that is not JSON', () => {
    const { problems } = parseJsonRows('[{"a": }]');
    expect(problems[0]?.detail).toEqual({ code: 'invalidJson', error: expect.stringMatching(/SyntaxError/) });
  });

  it('reports a JSON object that is not an array of rows', () => {
    const { problems } = parseJsonRows('{"a": "1"}');
    expect(problems).toEqual([{ line: 1, detail: { code: 'jsonNotArray' } }]);
  });

  it('reports a nested object cell', () => {
    const { problems } = parseJsonRows('[\n{"a": {"b": 1}}\n]');
    expect(problems).toEqual([{ line: 2, detail: { code: 'jsonCellType', key: 'a' } }]);
  });
});
