import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseDataset } from '../../src/data/parse-dataset.ts';
import { REGION_IDS } from '../../src/geo/region-ids.ts';
import type { Dataset, RegionId } from '../../src/data/index.ts';
import { readWorldBasemap } from '../../scripts/world-basemap.ts';
import { generateChinaLinks, generateWorldLinks } from '../synthetic/generate.ts';
import { indexLand } from '../synthetic/land.ts';
import type { Land } from '../synthetic/land.ts';
import { copyRealData, DATA_DIR } from './build.ts';
import type { DatasetId } from './options.ts';

export interface BenchDataset {
  id: DatasetId;
  label: string;
  links: number;
  hubs: number;
  /** Query string for the app ('' keeps its embedded dataset). */
  appQuery: string;
  /** Query string for a baseline page in /baselines/. */
  baselineQuery: string;
  /** The filter change: this region is switched off (the one with the most links). */
  region: RegionId;
  /** Its chip's position among the app's region chips (the regions present, in REGION_IDS order). */
  regionChip: number;
  yearDomain: [number, number] | null;
  fileBytes: number;
}

interface SyntheticSpec {
  id: DatasetId;
  label: string;
  generate: (land: Land, hubs: Dataset['hubs']) => string;
  seed: number;
}

const SYNTHETIC: SyntheticSpec[] = [
  ...([1_000, 10_000, 50_000] as const).map((count): SyntheticSpec => ({
    id: `world-${count / 1000}k` as DatasetId,
    label: `synthetic, ${count.toLocaleString('en')} links from the 4 hubs of data/hubs.tsv`,
    seed: count,
    generate: (land, hubs) => generateWorldLinks({ hubs, count, seed: count, land }),
  })),
  {
    id: 'china-5k',
    label: 'synthetic, 5,000 links from 400 hubs spread over China (file brings its own hubs)',
    seed: 5_400,
    generate: (land) => generateChinaLinks({ hubCount: 400, count: 5_000, seed: 5_400, land }),
  },
];

/** Changes whenever the generator or its seed does, so a cached file is never stale. */
function fingerprint(spec: SyntheticSpec): string {
  const hash = createHash('sha1');
  for (const file of ['../synthetic/generate.ts', '../synthetic/land.ts', '../synthetic/random.ts'])
    hash.update(readFileSync(new URL(file, import.meta.url)));
  hash.update(`${spec.id}:${spec.seed}`);
  return hash.digest('hex');
}

const fileOf = (name: string) => ({ name, bytes: readFileSync(`${DATA_DIR}${name}`) });

function describe(
  id: DatasetId,
  label: string,
  dataset: Dataset,
  appQuery: string,
  baselineQuery: string,
  fileBytes: number,
): BenchDataset {
  const counts = new Map<RegionId, number>();
  for (const link of dataset.links) counts.set(link.region, (counts.get(link.region) ?? 0) + 1);
  const present = REGION_IDS.filter((region) => counts.has(region));
  const region = [...present].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0] ?? REGION_IDS[0];
  const years = dataset.links.flatMap((link) => (link.date.year === null ? [] : [link.date.year]));
  return {
    id,
    label,
    links: dataset.links.length,
    hubs: dataset.hubs.length,
    appQuery,
    baselineQuery,
    region,
    regionChip: present.indexOf(region),
    yearDomain: years.length ? [Math.min(...years), Math.max(...years)] : null,
    fileBytes,
  };
}

/** Writes (or reuses) every requested dataset file under bench-data/ and reads each with the app's parser. */
export function prepareDatasets(ids: readonly DatasetId[]): BenchDataset[] {
  const real = copyRealData();
  const parse = (files: Parameters<typeof parseDataset>[0]) => {
    const { dataset, issues } = parseDataset(files);
    if (!dataset)
      throw new Error(
        `bench dataset has errors: ${issues
          .slice(0, 3)
          .map((issue) => issue.message)
          .join('; ')}`,
      );
    return dataset;
  };
  const realHubs = parse({ hubs: fileOf(real.hubs), links: fileOf(real.links) }).hubs;
  let land: Land | null = null;
  const result: BenchDataset[] = [];
  for (const id of ids) {
    if (id === 'real') {
      const links = fileOf(real.links);
      const dataset = parse({ hubs: fileOf(real.hubs), links });
      const query = `links=../bench-data/${real.links}&hubs=../bench-data/${real.hubs}`;
      result.push(describe(id, 'real, data/ as the app embeds it', dataset, '', query, links.bytes.length));
      continue;
    }
    const spec = SYNTHETIC.find((candidate) => candidate.id === id);
    if (!spec) throw new Error(`unknown dataset ${id}`);
    const name = `${id}.tsv`;
    const key = fingerprint(spec);
    const keyFile = `${DATA_DIR}${id}.key`;
    if (!existsSync(`${DATA_DIR}${name}`) || !existsSync(keyFile) || readFileSync(keyFile, 'utf8') !== key) {
      land ??= indexLand(readWorldBasemap());
      writeFileSync(`${DATA_DIR}${name}`, spec.generate(land, realHubs));
      writeFileSync(keyFile, key);
    }
    const links = fileOf(name);
    const dataset = parse({ links });
    result.push(
      describe(
        id,
        spec.label,
        dataset,
        `data=bench-data/${name}`,
        `links=../bench-data/${name}`,
        links.bytes.length,
      ),
    );
  }
  return result;
}
