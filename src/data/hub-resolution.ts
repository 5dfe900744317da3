import type { Hub } from './hub-schema.ts';
import type { DataIssue } from './issues.ts';
import { dataIssue, issuesFromZod } from './issues.ts';
import { homeHubSchema } from './link-schema.ts';
import type { Link } from './link-schema.ts';
import type { RawRow } from './raw-table.ts';
import { HOME_COLUMNS } from './vocabulary.ts';

function hasHomeCells(row: RawRow): boolean {
  return HOME_COLUMNS.some((column) => (row.values[column] ?? '') !== '');
}

/**
 * Hubs that the links introduce with `home_*` cells: each hub not in `known` needs one row that places it.
 * Rows whose `home_*` cells are present but wrong are reported; a hub with no such row is unknown.
 */
export function resolveLinkHubs(
  links: readonly Link[],
  rows: readonly RawRow[],
  known: readonly Hub[],
  file: string,
): { hubs: Hub[]; issues: DataIssue[] } {
  const knownIds = new Set(known.map((hub) => hub.id));
  const hubs = new Map<string, Hub>();
  const issues: DataIssue[] = [];
  const unknown = links.filter((candidate) => !knownIds.has(candidate.hubId));
  if (unknown.length === 0) return { hubs: [], issues };
  const rowByLine = new Map(rows.map((row) => [row.line, row]));
  const firstLineOfUnknown = new Map<string, number>();
  for (const link of unknown) {
    if (!firstLineOfUnknown.has(link.hubId)) firstLineOfUnknown.set(link.hubId, link.line);
    const row = rowByLine.get(link.line);
    if (hubs.has(link.hubId) || !row || !hasHomeCells(row)) continue;
    const parsed = homeHubSchema.safeParse(row.values);
    if (parsed.success) hubs.set(link.hubId, parsed.data);
    else issues.push(...issuesFromZod(parsed.error, file, link.line, row.values));
  }
  for (const [hubId, line] of firstLineOfUnknown) {
    if (hubs.has(hubId)) continue;
    issues.push(dataIssue(file, line, 'home_city', { code: 'unknownHubWithoutHome', hub: hubId }));
  }
  return { hubs: [...hubs.values()], issues };
}
