import type { z } from 'zod';
import type { IssueDetail } from './issue-detail.ts';
import { issueMessage } from './issue-texts-en.ts';

/** One problem found in a data file; `line` is 1-based, `column` null when the whole row or file is at fault. */
export interface DataIssue {
  file: string;
  line: number;
  column: string | null;
  /** English, worded from `detail`: what the data check and the command line print. */
  message: string;
  /** The same problem as data, for the page to word in its language. */
  detail: IssueDetail;
  severity: 'error' | 'warning';
}

export function dataIssue(
  file: string,
  line: number,
  column: string | null,
  detail: IssueDetail,
  severity: DataIssue['severity'] = 'error',
): DataIssue {
  return { file, line, column, message: issueMessage(detail), detail, severity };
}

/** `data/links.tsv:12: column "lat": 95.2 is out of range (-90..90)`; warnings say so after the line. */
export function formatIssue(issue: Omit<DataIssue, 'detail'>): string {
  const where =
    issue.severity === 'warning' ? `${issue.file}:${issue.line}: warning:` : `${issue.file}:${issue.line}:`;
  const column = issue.column === null ? '' : ` column "${issue.column}":`;
  return `${where}${column} ${issue.message}`;
}

export function hasErrors(issues: readonly DataIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/** Params of a custom zod issue raised by our own checks, which carry their detail through zod. */
export function detailParams(detail: IssueDetail): { detail: IssueDetail } {
  return { detail };
}

function isIssueDetail(value: unknown): value is IssueDetail {
  return (
    typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string'
  );
}

/** Zod's issue as a detail; `value` is the cell it is about, as the file has it. */
export function detailFromZod(issue: z.core.$ZodIssue, value: string): IssueDetail {
  switch (issue.code) {
    case 'custom': {
      const detail: unknown = issue.params?.detail;
      if (isIssueDetail(detail)) return detail;
      break;
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      return value === '' ? { code: 'emptyNotOneOf', allowed } : { code: 'notOneOf', value, allowed };
    }
    case 'invalid_type':
      return { code: 'wrongType', expected: issue.expected };
    case 'too_small':
      if (issue.origin !== 'string') break;
      return Number(issue.minimum) === 1
        ? { code: 'empty' }
        : { code: 'tooShort', minimum: Number(issue.minimum) };
    case 'too_big':
      if (issue.origin !== 'string') break;
      return { code: 'tooLong', maximum: Number(issue.maximum) };
    default:
      break;
  }
  return { code: 'invalid', text: issue.message, value };
}

/** Zod issues of one row, each pinned to the row's line and to the column its path names. */
export function issuesFromZod(
  error: z.ZodError,
  file: string,
  line: number,
  values: Readonly<Record<string, string>>,
): DataIssue[] {
  return error.issues.map((issue) => {
    const column = issue.path.findLast((key) => typeof key === 'string') ?? null;
    const detail = detailFromZod(issue, column === null ? '' : (values[column] ?? ''));
    return dataIssue(file, line, column, detail);
  });
}
