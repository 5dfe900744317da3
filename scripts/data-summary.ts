import type { Dataset } from '../src/data/parse-dataset.ts';
import { countByHub, documentedVsClaimed } from '../src/data/stats.ts';

const listCounts = (counts: Readonly<Record<string, number>>): string =>
  Object.entries(counts)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ');

/** Plain-text lines: per hub its links, partners, countries and splits, then each claim beside the data. */
export function summarizeDataset(dataset: Dataset): string[] {
  const lines: string[] = [];
  for (const counts of countByHub(dataset).filter((hub) => hub.links > 0)) {
    lines.push(
      `${counts.hubId}: ${counts.links} links, ${counts.partners} partners, ${counts.countries} countries; ` +
        `${listCounts(counts.byRelation)}; ${listCounts(counts.byLevel)}; dated ${counts.dated}, undated ${counts.undated}`,
    );
    for (const { claim, documented, missing } of documentedVsClaimed(dataset, counts.hubId)) {
      lines.push(
        `  claimed ${claim.kind} ${claim.count} (as of ${claim.asOf}): documented ${documented}, ` +
          (missing > 0
            ? `${missing} not yet in the data`
            : missing === 0
              ? 'all in the data'
              : `${-missing} more than claimed`),
      );
    }
  }
  return lines;
}
