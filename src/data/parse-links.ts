import type { Hub } from './hub-schema.ts';
import { resolveLinkHubs } from './hub-resolution.ts';
import type { DataIssue } from './issues.ts';
import { assignLinkIds, findDuplicateLinks, findFutureDates } from './link-checks.ts';
import { linkRowSchema } from './link-schema.ts';
import type { Link } from './link-schema.ts';
import { parseRows } from './parse-rows.ts';
import type { RawTable } from './raw-table.ts';

/** Parses a links table and checks it across rows; `introducedHubs` are those placed by `home_*` cells. */
export function parseLinks(
  table: RawTable,
  file: string,
  knownHubs: readonly Hub[],
  today: Date,
): { links: Link[]; introducedHubs: Hub[]; issues: DataIssue[] } {
  const empty: DataIssue[] =
    table.rows.length === 0
      ? [{ file, line: 1, column: null, message: 'the file has a header but no rows', severity: 'error' }]
      : [];
  const parsed = parseRows(table, file, linkRowSchema);
  const { links, issues: idIssues } = assignLinkIds(parsed.items, file);
  const introduced = resolveLinkHubs(links, table.rows, knownHubs, file);
  const issues = [
    ...empty,
    ...parsed.issues,
    ...idIssues,
    ...introduced.issues,
    ...findDuplicateLinks(links, file),
    ...findFutureDates(links, file, today),
  ];
  return { links, introducedHubs: introduced.hubs, issues };
}
