import { formatIssue } from './issues.ts';
import { parseDataset } from './parse-dataset.ts';
import type { Dataset } from './parse-dataset.ts';

/**
 * The dataset shipped in data/, checked like any other. The files are imported lazily so they land in a
 * chunk of their own; the build's data check has already refused bad data, so a throw here means a bug.
 */
export async function loadDefaultDataset(): Promise<Dataset> {
  const [hubs, links, claims] = await Promise.all([
    import('../../data/hubs.tsv?raw'),
    import('../../data/links.tsv?raw'),
    import('../../data/claims.tsv?raw'),
  ]);
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  const { dataset, issues } = parseDataset({
    hubs: { name: 'data/hubs.tsv', bytes: encode(hubs.default) },
    links: { name: 'data/links.tsv', bytes: encode(links.default) },
    claims: { name: 'data/claims.tsv', bytes: encode(claims.default) },
  });
  if (!dataset) throw new Error(`data/ has errors:\n${issues.map(formatIssue).join('\n')}`);
  return dataset;
}
