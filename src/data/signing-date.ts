import { isPartialDate } from './fields.ts';
import type { IssueDetail } from './issue-detail.ts';
import { DATE_PRECISIONS } from './vocabulary.ts';
import type { DatePrecision } from './vocabulary.ts';

/** When a link was established, to the precision the sources give; unknown parts are null. */
export interface SigningDate {
  year: number | null;
  month: number | null;
  day: number | null;
  precision: DatePrecision;
}

export const UNKNOWN_DATE: SigningDate = { year: null, month: null, day: null, precision: 'unknown' };

export type SigningDateResult =
  | { ok: true; date: SigningDate }
  | { ok: false; column: 'established' | 'established_precision'; detail: IssueDetail };

const PRECISION_BY_PARTS = ['year', 'month', 'day'] as const;

/**
 * Reads the `established` and `established_precision` cells together. An empty precision is inferred from
 * the date; a given one must agree with it, and an empty date has precision "unknown".
 */
export function parseSigningDate(established: string, precision: string): SigningDateResult {
  if (precision !== '' && !(DATE_PRECISIONS as readonly string[]).includes(precision)) {
    return {
      ok: false,
      column: 'established_precision',
      detail: { code: 'notOneOf', value: precision, allowed: DATE_PRECISIONS },
    };
  }
  if (established === '') {
    if (precision === '' || precision === 'unknown') return { ok: true, date: UNKNOWN_DATE };
    return {
      ok: false,
      column: 'established_precision',
      detail: { code: 'precisionWithoutDate', precision },
    };
  }
  if (!isPartialDate(established)) {
    return {
      ok: false,
      column: 'established',
      detail: { code: 'notADate', value: established },
    };
  }
  const [year, month = null, day = null] = established.split('-').map(Number);
  const shape = PRECISION_BY_PARTS[established.split('-').length - 1] ?? 'day';
  if (precision !== '' && precision !== shape) {
    return {
      ok: false,
      column: 'established_precision',
      detail: { code: 'precisionMismatch', precision, date: established, shape },
    };
  }
  return { ok: true, date: { year: year ?? null, month, day, precision: shape } };
}

/** True when the earliest day the date can mean lies after `today` (compared in local calendar days). */
export function isAfter(date: SigningDate, today: Date): boolean {
  if (date.year === null) return false;
  const key = (year: number, month: number, day: number): number => year * 10_000 + month * 100 + day;
  return (
    key(date.year, date.month ?? 1, date.day ?? 1) >
    key(today.getFullYear(), today.getMonth() + 1, today.getDate())
  );
}
