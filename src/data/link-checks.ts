import type { DataIssue } from './issues.ts';
import { dataIssue } from './issues.ts';
import { countryKey, deriveLinkId, partnerEnKey, signingUnitKey } from './link-id.ts';
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

/** Two links signed by the same unit of the same hub with a partner in the same country (see `linkKeys`). */
function isSameSigning(a: Link, b: Link): boolean {
  return a.hubId === b.hubId && countryKey(a) === countryKey(b) && signingUnitKey(a) === signingUnitKey(b);
}

/** Links by a partner name, for finding an earlier one with the same name and signing. */
class LinksByName {
  private readonly links = new Map<string, Link[]>();

  find(name: string, link: Link): Link | undefined {
    if (name === '') return undefined;
    return this.links.get(name)?.find((earlier) => isSameSigning(earlier, link));
  }

  add(name: string, link: Link) {
    if (name === '') return;
    const named = this.links.get(name);
    if (named) named.push(link);
    else this.links.set(name, [link]);
  }
}

/**
 * A link repeats another when hub, signing unit, country and a partner name (zh, or en in any case) all
 * match: when they share one of `linkKeys`. Links are looked up by name and the rest compared on a match,
 * so a 50,000-row file builds no joined key per row (those took about a sixth of its whole reading).
 */
export function findDuplicateLinks(links: readonly Link[], file: string): DataIssue[] {
  const byZhName = new LinksByName();
  const byEnName = new LinksByName();
  const issues: DataIssue[] = [];
  for (const link of links) {
    const enName = partnerEnKey(link);
    const sameZh = byZhName.find(link.partnerZh, link);
    const earlier = sameZh ?? byEnName.find(enName, link);
    if (earlier) {
      const column = sameZh ? 'partner_zh' : 'partner_en';
      issues.push(dataIssue(file, link.line, column, { code: 'duplicateLink', firstLine: earlier.line }));
      continue;
    }
    byZhName.add(link.partnerZh, link);
    byEnName.add(enName, link);
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
