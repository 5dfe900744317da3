import type { DataIssue } from './issues.ts';
import { dataIssue } from './issues.ts';
import { deriveLinkId, linkKeys } from './link-id.ts';
import type { Link } from './link-schema.ts';
import { isAfter } from './signing-date.ts';

/** Reports ids used twice, then gives every link without an id a derived one that is not taken. */
export function assignLinkIds(links: readonly Link[], file: string): { links: Link[]; issues: DataIssue[] } {
  const firstLine = new Map<string, number>();
  const issues: DataIssue[] = [];
  let withoutId = 0;
  for (const link of links) {
    if (link.id === '') {
      withoutId += 1;
      continue;
    }
    const earlier = firstLine.get(link.id);
    if (earlier === undefined) firstLine.set(link.id, link.line);
    else issues.push(dataIssue(file, link.line, 'id', { code: 'idUsed', id: link.id, firstLine: earlier }));
  }
  if (withoutId === 0) return { links: [...links], issues };
  const taken = new Set(firstLine.keys());
  const withIds = links.map((link) => (link.id === '' ? { ...link, id: deriveLinkId(link, taken) } : link));
  return { links: withIds, issues };
}

/** A link repeats another when hub, signing unit, country and a partner name (zh or en) all match. */
export function findDuplicateLinks(links: readonly Link[], file: string): DataIssue[] {
  const firstLine = new Map<string, number>();
  const issues: DataIssue[] = [];
  for (const link of links) {
    const keys = linkKeys(link);
    const clashKey = keys.find((key) => firstLine.has(key));
    if (clashKey !== undefined) {
      const column = clashKey.includes('|zh:') ? 'partner_zh' : 'partner_en';
      const firstOfKey = firstLine.get(clashKey) ?? 0;
      issues.push(dataIssue(file, link.line, column, { code: 'duplicateLink', firstLine: firstOfKey }));
      continue;
    }
    for (const key of keys) firstLine.set(key, link.line);
  }
  return issues;
}

export function findFutureDates(links: readonly Link[], file: string, today: Date): DataIssue[] {
  const todayText = [today.getFullYear(), today.getMonth() + 1, today.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
  return links
    .filter((link) => isAfter(link.date, today))
    .map((link) => {
      const { year, month, day } = link.date;
      const shown = [year, month, day]
        .filter((part) => part !== null)
        .map((part) => String(part).padStart(2, '0'));
      const detail = { code: 'futureDate', date: shown.join('-'), today: todayText } as const;
      return dataIssue(file, link.line, 'established', detail);
    });
}
