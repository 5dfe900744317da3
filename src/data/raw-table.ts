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

/** A problem found while reading rows: line and message; the file name is added by the caller. */
export interface ReadProblem {
  line: number;
  message: string;
  /** Errors unless said otherwise. */
  severity?: 'warning';
}
