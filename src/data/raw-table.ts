import type { IssueDetail } from './issue-detail.ts';

/** A data file read into rows of trimmed cell text, before any column is interpreted. */
export interface RawRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  values: Readonly<Record<string, string>>;
}

export interface RawTable {
  columns: readonly string[];
  rows: readonly RawRow[];
}

/** A row read against the columns a table may have: one cell per known column, in the table's order. */
export interface KnownRow extends RawRow {
  cells: readonly string[];
}

/** A table read against a spec: `known` names the cells of every row; `columns` is the file's header. */
export interface KnownTable extends RawTable {
  known: readonly string[];
  rows: readonly KnownRow[];
}

/** A problem found while reading rows: line and what is wrong; the file name is added by the caller. */
export interface ReadProblem {
  line: number;
  detail: IssueDetail;
  /** Errors unless said otherwise. */
  severity?: 'warning';
}
