import { decodeText } from './decode.ts';
import type { TextEncodingName } from './decode.ts';
import { parseDelimited } from './delimited.ts';
import type { DataIssue } from './issues.ts';
import { parseJsonRows } from './json-rows.ts';
import type { RawTable } from './raw-table.ts';

export interface DataFile {
  name: string;
  bytes: Uint8Array;
}

export interface TableSpec {
  required: readonly string[];
  optional: readonly string[];
}

export interface ReadResult {
  /** Null when the file cannot be read as a table at all (empty, bad JSON, missing columns). */
  table: RawTable | null;
  encoding: TextEncodingName;
  issues: DataIssue[];
}

function isJson(name: string, text: string): boolean {
  return name.toLowerCase().endsWith('.json') || text.trimStart().startsWith('[');
}

/** Decodes and splits a file, then checks its header against the spec; every row has every known column. */
export function readTable(file: DataFile, spec: TableSpec): ReadResult {
  const { text, encoding } = decodeText(file.bytes);
  const issue = (line: number, column: string | null, message: string, severity: DataIssue['severity']) => ({
    file: file.name,
    line,
    column,
    message,
    severity,
  });
  if (text.trim() === '')
    return { table: null, encoding, issues: [issue(1, null, 'the file is empty', 'error')] };

  const { table, problems } = isJson(file.name, text) ? parseJsonRows(text) : parseDelimited(text);
  const issues = problems.map((problem) =>
    issue(problem.line, null, problem.message, problem.severity ?? 'error'),
  );
  const missing = spec.required.filter((column) => !table.columns.includes(column));
  for (const column of missing)
    issues.push(issue(1, column, 'required column is missing from the header', 'error'));
  const known = new Set([...spec.required, ...spec.optional]);
  for (const column of table.columns.filter((name) => !known.has(name))) {
    issues.push(issue(1, column, 'unknown column, ignored', 'warning'));
  }
  if (missing.length > 0) return { table: null, encoding, issues };

  const rows = table.rows.map((row) => ({
    line: row.line,
    values: Object.fromEntries([...known].map((column) => [column, row.values[column] ?? ''])),
  }));
  return { table: { columns: table.columns, rows }, encoding, issues };
}
