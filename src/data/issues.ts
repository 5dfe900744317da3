import type { z } from 'zod';

/** One problem found in a data file; `line` is 1-based, `column` null when the whole row or file is at fault. */
export interface DataIssue {
  file: string;
  line: number;
  column: string | null;
  message: string;
  severity: 'error' | 'warning';
}

/** `data/links.tsv:12: column "lat": 95.2 is out of range (-90..90)`; warnings say so after the line. */
export function formatIssue(issue: DataIssue): string {
  const where =
    issue.severity === 'warning' ? `${issue.file}:${issue.line}: warning:` : `${issue.file}:${issue.line}:`;
  const column = issue.column === null ? '' : ` column "${issue.column}":`;
  return `${where}${column} ${issue.message}`;
}

export function hasErrors(issues: readonly DataIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/** Zod issues of one row, each pinned to the row's line and to the column its path names. */
export function issuesFromZod(error: z.ZodError, file: string, line: number): DataIssue[] {
  return error.issues.map((issue) => {
    const column = issue.path.findLast((key) => typeof key === 'string');
    return { file, line, column: column ?? null, message: issue.message, severity: 'error' };
  });
}
