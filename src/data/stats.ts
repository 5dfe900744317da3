import type { Dataset } from './parse-dataset.ts';
import type { HubClaim } from './hub-schema.ts';
import type { Link } from './link-schema.ts';
import { partnerKeyOf } from './partner-name.ts';
import { RELATION_TYPES, SIGNER_LEVELS } from './vocabulary.ts';
import type { ClaimKind, RelationType, SignerLevel } from './vocabulary.ts';

export interface HubCounts {
  hubId: string;
  links: number;
  /** Distinct partner places: a place linked by two units of the hub counts once. */
  partners: number;
  countries: number;
  byRelation: Record<RelationType, number>;
  byLevel: Record<SignerLevel, number>;
  dated: number;
  undated: number;
}

function countBy<K extends string>(
  keys: readonly K[],
  links: readonly Link[],
  keyOf: (link: Link) => K,
): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const link of links) counts[keyOf(link)] += 1;
  return counts;
}

/** Counts per hub, in the order of `dataset.hubs`. */
export function countByHub(dataset: Dataset): HubCounts[] {
  return dataset.hubs.map((hub) => {
    const links = dataset.links.filter((link) => link.hubId === hub.id);
    const dated = links.filter((link) => link.date.precision !== 'unknown').length;
    return {
      hubId: hub.id,
      links: links.length,
      partners: new Set(links.map(partnerKeyOf)).size,
      countries: new Set(links.map((link) => link.countryIso2)).size,
      byRelation: countBy(RELATION_TYPES, links, (link) => link.relation),
      byLevel: countBy(SIGNER_LEVELS, links, (link) => link.level),
      dated,
      undated: links.length - dated,
    };
  });
}

export interface ClaimComparison {
  claim: HubClaim;
  /** What the dataset documents for the claim's kind, counting links not ended and not dated after `asOf`. */
  documented: number;
  /** claimed minus documented: ties (or countries) the dataset does not yet name; negative if it names more. */
  missing: number;
}

/** Whether a date given as YYYY[-MM[-DD]] can fall on or before `asOf` (an undated link always can). */
function existedBy(link: Link, asOf: string): boolean {
  const { year, month, day } = link.date;
  if (year === null) return true;
  const parts = [year, month ?? 1, day ?? 1].map((part, index) =>
    String(part).padStart(index === 0 ? 4 : 2, '0'),
  );
  return parts.slice(0, asOf.split('-').length).join('-') <= asOf;
}

function documentedCount(kind: ClaimKind, links: readonly Link[]): number {
  if (kind === 'countries') return new Set(links.map((link) => link.countryIso2)).size;
  if (kind === 'partners') return links.length;
  return links.filter((link) => link.relation === kind).length;
}

/** Each official total claimed for a hub beside what the dataset documents as of the claim's date. */
export function documentedVsClaimed(dataset: Dataset, hubId: string): ClaimComparison[] {
  return dataset.claims
    .filter((claim) => claim.hubId === hubId)
    .map((claim) => {
      const links = dataset.links.filter(
        (link) => link.hubId === hubId && link.status !== 'ended' && existedBy(link, claim.asOf),
      );
      const documented = documentedCount(claim.kind, links);
      return { claim, documented, missing: claim.count - documented };
    });
}
