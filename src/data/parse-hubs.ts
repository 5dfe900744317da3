import type { Hub, HubClaim } from './hub-schema.ts';
import { claimRowSchema, hubRowSchema } from './hub-schema.ts';
import type { DataIssue } from './issues.ts';
import { dataIssue } from './issues.ts';
import { parseRows, withoutLine } from './parse-rows.ts';
import type { RawTable } from './raw-table.ts';

export function parseHubs(table: RawTable, file: string): { hubs: Hub[]; issues: DataIssue[] } {
  const { items, issues } = parseRows(table, file, hubRowSchema);
  const firstLine = new Map<string, number>();
  for (const hub of items) {
    const earlier = firstLine.get(hub.id);
    if (earlier === undefined) firstLine.set(hub.id, hub.line);
    else issues.push(dataIssue(file, hub.line, 'id', { code: 'idUsed', id: hub.id, firstLine: earlier }));
  }
  return { hubs: items.map(withoutLine), issues };
}

export function parseClaims(
  table: RawTable,
  file: string,
  hubIds: ReadonlySet<string>,
): { claims: HubClaim[]; issues: DataIssue[] } {
  const { items, issues } = parseRows(table, file, claimRowSchema);
  const claims: HubClaim[] = [];
  for (const claim of items) {
    if (hubIds.has(claim.hubId)) claims.push(withoutLine(claim));
    else issues.push(dataIssue(file, claim.line, 'hub', { code: 'unknownHub', hub: claim.hubId }));
  }
  return { claims, issues };
}
