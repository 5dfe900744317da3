import type { ZodError } from 'zod';
import type { DataIssue } from './issues.ts';
import { issuesFromZod } from './issues.ts';
import type { RawTable } from './raw-table.ts';

interface RowSchema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: ZodError };
}

/** Runs every row through a row schema, keeping each parsed row's line and each failure's issues. */
export function parseRows<T>(
  table: RawTable,
  file: string,
  schema: RowSchema<T>,
): { items: (T & { line: number })[]; issues: DataIssue[] } {
  const items: (T & { line: number })[] = [];
  const issues: DataIssue[] = [];
  for (const row of table.rows) {
    const parsed = schema.safeParse(row.values);
    if (parsed.success) items.push({ ...parsed.data, line: row.line });
    else issues.push(...issuesFromZod(parsed.error, file, row.line, row.values));
  }
  return { items, issues };
}

export function withoutLine<T extends { line: number }>({ line: _line, ...rest }: T): Omit<T, 'line'> {
  return rest;
}
