import type { RawRow, RawTable, ReadProblem } from './raw-table.ts';

/** 1-based line of each object directly inside the top-level array, so JSON issues can name a line. */
function objectStartLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\n') line += 1;
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      if (char === '{' && depth === 1) lines.push(line);
      depth += 1;
    } else if (char === ']' || char === '}') depth -= 1;
  }
  return lines;
}

function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(' ');
  return null;
}

/** Reads bring-your-own JSON: an array of row objects using the same column names as the TSV files. */
export function parseJsonRows(text: string): { table: RawTable; problems: ReadProblem[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      table: { columns: [], rows: [] },
      problems: [{ line: 1, detail: { code: 'invalidJson', error: String(error) } }],
    };
  }
  if (!Array.isArray(parsed)) {
    return {
      table: { columns: [], rows: [] },
      problems: [{ line: 1, detail: { code: 'jsonNotArray' } }],
    };
  }
  const starts = objectStartLines(text);
  const columns = new Set<string>();
  const rows: RawRow[] = [];
  const problems: ReadProblem[] = [];
  parsed.forEach((item: unknown, index) => {
    const line = starts[index] ?? 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({ line, detail: { code: 'jsonItemNotObject', item: index + 1 } });
      return;
    }
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(item)) {
      const text = cellText(value);
      if (text === null) problems.push({ line, detail: { code: 'jsonCellType', key } });
      else values[key] = text;
      columns.add(key);
    }
    rows.push({ line, values });
  });
  return { table: { columns: [...columns], rows }, problems };
}
