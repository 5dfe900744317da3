import { decodeText } from './decode.ts';
import type { TextEncodingName } from './decode.ts';
import { splitDelimited } from './delimited.ts';
import type { IssueDetail } from './issue-detail.ts';
import type { DataIssue } from './issues.ts';
import { dataIssue } from './issues.ts';
import { parseJsonRows } from './json-rows.ts';
import type { KnownRow, KnownTable, ReadProblem } from './raw-table.ts';

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
  table: KnownTable | null;
  encoding: TextEncodingName;
  issues: DataIssue[];
}

function isJson(name: string, text: string): boolean {
  return name.toLowerCase().endsWith('.json') || text.trimStart().startsWith('[');
}

/**
 * A row's cells by known column; `values` (the same cells keyed by name) is built only when asked for, as
 * schemas do for a row that fails the quick checks: a big file has tens of thousands of rows.
 */
class TableRow implements KnownRow {
  #values: Record<string, string> | null = null;

  constructor(
    readonly line: number,
    readonly cells: readonly string[],
    private readonly known: readonly string[],
  ) {}

  get values(): Readonly<Record<string, string>> {
    this.#values ??= Object.fromEntries(this.known.map((column, i) => [column, this.cells[i] ?? '']));
    return this.#values;
  }
}

/** Header, rows and problems of a file, each row's cells taken for the known columns only. */
function readRows(
  name: string,
  text: string,
  known: readonly string[],
): { columns: readonly string[]; rows: KnownRow[]; problems: ReadProblem[] } {
  if (isJson(name, text)) {
    const { table, problems } = parseJsonRows(text);
    const rows = table.rows.map(
      (row) =>
        new TableRow(
          row.line,
          known.map((column) => row.values[column] ?? ''),
          known,
        ),
    );
    return { columns: table.columns, rows, problems };
  }
  const { columns, records, problems } = splitDelimited(text);
  // A name the header repeats keeps its last cell, as keying the row by name would.
  const sources = known.map((column) => columns.lastIndexOf(column));
  const rows = records.map(({ line, fields }) => {
    const cells = sources.map((source) => (source < 0 ? '' : (fields[source] ?? '').trim()));
    return new TableRow(line, cells, known);
  });
  return { columns, rows, problems };
}

/** Decodes and splits a file, then checks its header against the spec; every row has every known column. */
export function readTable(file: DataFile, spec: TableSpec): ReadResult {
  const { text, encoding } = decodeText(file.bytes);
  const issue = (line: number, column: string | null, detail: IssueDetail, severity: DataIssue['severity']) =>
    dataIssue(file.name, line, column, detail, severity);
  if (text.trim() === '')
    return { table: null, encoding, issues: [issue(1, null, { code: 'emptyFile' }, 'error')] };

  const known = [...new Set([...spec.required, ...spec.optional])];
  const { columns, rows, problems } = readRows(file.name, text, known);
  const issues = problems.map((problem) =>
    issue(problem.line, null, problem.detail, problem.severity ?? 'error'),
  );
  const missing = spec.required.filter((column) => !columns.includes(column));
  for (const column of missing) issues.push(issue(1, column, { code: 'missingColumn' }, 'error'));
  const knownSet = new Set(known);
  for (const column of columns.filter((name) => !knownSet.has(name))) {
    issues.push(issue(1, column, { code: 'unknownColumn' }, 'warning'));
  }
  if (missing.length > 0) return { table: null, encoding, issues };
  return { table: { columns, known, rows }, encoding, issues };
}
