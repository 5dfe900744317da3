import type { RawRow, RawTable, ReadProblem } from './raw-table.ts';

/** One record of a delimited file: its cells as written (untrimmed) and the 1-based line it starts on. */
export interface DelimitedRecord {
  line: number;
  fields: string[];
}

/** A delimited file split into its trimmed header and its body records, with the problems found. */
export interface DelimitedRecords {
  columns: string[];
  /** Body records that fit the header; rows with extra filled cells are left out (and reported). */
  records: DelimitedRecord[];
  problems: ReadProblem[];
}

const DELIMITERS = ['\t', ',', ';'] as const;

/** The delimiter that splits the header line into the most cells; tab when there is a tie. */
export function detectDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (delimiter: string): number => header.split(delimiter).length;
  return DELIMITERS.reduce((best, delimiter) => (count(delimiter) > count(best) ? delimiter : best));
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Splits text into records. A field that starts with a double quote runs to the closing quote, may hold
 * delimiters and line breaks, and writes a quote as "" (RFC 4180); quotes elsewhere are plain text, as
 * spreadsheets write them in TSV. CRLF, LF and lone CR all end a record.
 * Plain text between the special characters is taken in one slice: a 50 MB file has millions of cells.
 */
function splitRecords(
  text: string,
  delimiter: string,
): { records: DelimitedRecord[]; problems: ReadProblem[] } {
  const records: DelimitedRecord[] = [];
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let index = 0;
  const endRecord = (): void => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (index < length) {
    let end = index;
    let code = 0;
    while (end < length) {
      code = text.charCodeAt(end);
      if (code === separator || code === CR || code === LF || code === QUOTE) break;
      end += 1;
    }
    if (end > index) field = field === '' ? text.slice(index, end) : field + text.slice(index, end);
    index = end;
    if (index >= length) break;
    if (code === QUOTE) {
      if (field !== '') {
        field += '"';
        index += 1;
        continue;
      }
      const close = findClosingQuote(text, index + 1);
      if (close === -1)
        return { records, problems: [{ line: recordLine, detail: { code: 'unclosedQuote' } }] };
      const quoted = text.slice(index + 1, close);
      line += quoted.match(/\r\n|\r|\n/g)?.length ?? 0;
      field = quoted.replaceAll('""', '"');
      index = close + 1;
    } else if (code === separator) {
      fields.push(field);
      field = '';
      index += 1;
    } else {
      endRecord();
      index += code === CR && text.charCodeAt(index + 1) === LF ? 2 : 1;
      line += 1;
      recordLine = line;
    }
  }
  endRecord();
  return { records, problems: [] };
}

function findClosingQuote(text: string, from: number): number {
  let index = text.indexOf('"', from);
  while (index !== -1 && text[index + 1] === '"') index = text.indexOf('"', index + 2);
  return index;
}

/**
 * Splits TSV or CSV (told apart by the header line) into the header's column names and the body records
 * that fit it. Cells are left as written: callers trim the ones they read.
 */
export function splitDelimited(text: string): DelimitedRecords {
  const { records, problems } = splitRecords(text, detectDelimiter(text));
  const header = records[0];
  const columns = (header?.fields ?? []).map((name) => name.trim());
  const body: DelimitedRecord[] = [];
  for (let r = 1; r < records.length; r += 1) {
    const record = records[r]!;
    const { fields } = record;
    if (hasExtraFilledCell(fields, columns.length)) {
      problems.push({
        line: record.line,
        detail: { code: 'tooManyCells', cells: fields.length, columns: columns.length },
      });
      continue;
    }
    // Kept (spreadsheets drop trailing empty cells), but said: a file cut short looks the same.
    if (fields.length < columns.length) {
      problems.push({
        line: record.line,
        detail: { code: 'tooFewCells', cells: fields.length, columns: columns.length },
        severity: 'warning',
      });
    }
    body.push(record);
  }
  return { columns, records: body, problems };
}

function hasExtraFilledCell(fields: readonly string[], columnCount: number): boolean {
  for (let i = columnCount; i < fields.length; i += 1) if (fields[i]!.trim() !== '') return true;
  return false;
}

/** Parses TSV or CSV (told apart by the header line) into rows keyed by the header's column names. */
export function parseDelimited(text: string): { table: RawTable; problems: ReadProblem[] } {
  const { columns, records, problems } = splitDelimited(text);
  const rows: RawRow[] = records.map((record) => ({
    line: record.line,
    values: Object.fromEntries(columns.map((name, i) => [name, (record.fields[i] ?? '').trim()])),
  }));
  return { table: { columns, rows }, problems };
}
