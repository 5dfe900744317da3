import type { RawRow, RawTable, ReadProblem } from './raw-table.ts';

interface RawRecord {
  line: number;
  fields: string[];
}

const DELIMITERS = ['\t', ',', ';'] as const;

/** The delimiter that splits the header line into the most cells; tab when there is a tie. */
export function detectDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (delimiter: string): number => header.split(delimiter).length;
  return DELIMITERS.reduce((best, delimiter) => (count(delimiter) > count(best) ? delimiter : best));
}

/**
 * Splits text into records. A field that starts with a double quote runs to the closing quote, may hold
 * delimiters and line breaks, and writes a quote as "" (RFC 4180); quotes elsewhere are plain text, as
 * spreadsheets write them in TSV. CRLF, LF and lone CR all end a record.
 */
function splitRecords(text: string, delimiter: string): { records: RawRecord[]; problems: ReadProblem[] } {
  const records: RawRecord[] = [];
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
  while (index < text.length) {
    const char = text[index];
    if (char === '"' && field === '') {
      const close = findClosingQuote(text, index + 1);
      if (close === -1)
        return { records, problems: [{ line: recordLine, message: 'a quoted field is never closed' }] };
      const quoted = text.slice(index + 1, close);
      line += quoted.match(/\r\n|\r|\n/g)?.length ?? 0;
      field = quoted.replaceAll('""', '"');
      index = close + 1;
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
      index += 1;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      field += char;
      index += 1;
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

/** Parses TSV or CSV (told apart by the header line) into rows keyed by the header's column names. */
export function parseDelimited(text: string): { table: RawTable; problems: ReadProblem[] } {
  const { records, problems } = splitRecords(text, detectDelimiter(text));
  const [header, ...body] = records;
  const columns = (header?.fields ?? []).map((name) => name.trim());
  const rows: RawRow[] = [];
  for (const record of body) {
    const extra = record.fields.slice(columns.length).filter((value) => value.trim() !== '');
    if (extra.length > 0) {
      problems.push({
        line: record.line,
        message: `the row has ${record.fields.length} cells but the header has ${columns.length}`,
      });
      continue;
    }
    // Kept (spreadsheets drop trailing empty cells), but said: a file cut short looks the same.
    if (record.fields.length < columns.length) {
      problems.push({
        line: record.line,
        message: `the row has ${record.fields.length} cells but the header has ${columns.length}: is the file cut short?`,
        severity: 'warning',
      });
    }
    const values = Object.fromEntries(columns.map((name, i) => [name, (record.fields[i] ?? '').trim()]));
    rows.push({ line: record.line, values });
  }
  return { table: { columns, rows }, problems };
}
