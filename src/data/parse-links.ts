import type { Hub } from './hub-schema.ts';
import { resolveLinkHubs } from './hub-resolution.ts';
import type { DataIssue } from './issues.ts';
import { dataIssue, issuesFromZod } from './issues.ts';
import { assignLinkIds, findDuplicateLinks, findFutureDates } from './link-checks.ts';
import { createLinkRowReader } from './link-row.ts';
import { linkRowSchema } from './link-schema.ts';
import type { Link } from './link-schema.ts';
import type { KnownTable } from './raw-table.ts';

/**
 * Every row as a link, or its problems: the hand-written check reads the rows the schema accepts, and the
 * schema itself runs only on the others, so the messages are the schema's.
 */
function readLinkRows(table: KnownTable, file: string): { links: Link[]; issues: DataIssue[] } {
  const readLinkRow = createLinkRowReader(table.known);
  const links: Link[] = [];
  const issues: DataIssue[] = [];
  for (const row of table.rows) {
    const link = readLinkRow(row.cells, row.line);
    if (link) {
      links.push(link);
      continue;
    }
    const parsed = linkRowSchema.safeParse(row.values);
    if (parsed.success) links.push({ ...parsed.data, line: row.line });
    else issues.push(...issuesFromZod(parsed.error, file, row.line, row.values));
  }
  return { links, issues };
}

/** Parses a links table and checks it across rows; `introducedHubs` are those placed by `home_*` cells. */
export function parseLinks(
  table: KnownTable,
  file: string,
  knownHubs: readonly Hub[],
  today: Date,
): { links: Link[]; introducedHubs: Hub[]; issues: DataIssue[] } {
  const empty: DataIssue[] =
    table.rows.length === 0 ? [dataIssue(file, 1, null, { code: 'headerWithoutRows' })] : [];
  const parsed = readLinkRows(table, file);
  const { links, issues: idIssues } = assignLinkIds(parsed.links, file);
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
