import { parseArgs } from 'node:util';
import { PAGES } from './types.ts';
import type { PageId } from './types.ts';

export const DATASET_IDS = ['real', 'world-1k', 'world-10k', 'world-50k', 'china-5k'] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

export interface BenchOptions {
  runs: number;
  datasets: DatasetId[];
  pages: PageId[];
  /** Length of the playback window, seconds. */
  playbackSeconds: number;
  /** Filter changes before the second heap figure. */
  changes: number;
  /** Filter changes and slider steps timed in each page load; the first is also reported on its own. */
  samples: number;
  /** Simulated kiosk hours, and how many times faster than real time they run. */
  soakHours: number;
  /** Real seconds of attract tour before the warm heap figure. */
  warmupSeconds: number;
  timeScale: number;
  port: number;
  build: boolean;
  quick: boolean;
}

export const USAGE = `npm run bench -- [options]
  --runs N              page loads per page and dataset; each figure is their median (default 2)
  --quick               smoke run: 1 run, real + world-1k, 2-s playback, 200 changes, 1-hour soak
  --datasets a,b        ${DATASET_IDS.join(', ')} (default all)
  --pages a,b           ${PAGES.join(', ')} (default all)
  --playback-seconds S  playback window (default 5)
  --changes N           app filter changes before the second heap figure, first run only (default 10000)
  --samples N           filter changes and slider steps timed per page load (default 5; --quick 3)
  --soak-hours H        simulated kiosk hours (default 24)
  --warmup S            real seconds of kiosk tour before the soak starts (default 120; --quick 30)
  --timescale N         kiosk speed-up, 1..10000 (default 10000)
  --port P              local port (default 4180)
  --no-build            reuse bench/results/site from the last run`;

function listOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  name: string,
): T[] | null {
  if (value === undefined) return null;
  const items = value.split(',').map((item) => item.trim());
  const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (unknown.length)
    throw new Error(`--${name}: unknown ${unknown.join(', ')} (known: ${allowed.join(', ')})`);
  return items as T[];
}

function numberOf(value: string | undefined, name: string, min: number, max: number): number | null {
  if (value === undefined) return null;
  const number = Number(value);
  if (!Number.isFinite(number) || number < min || number > max)
    throw new Error(`--${name} must be a number in ${min}..${max}, got "${value}"`);
  return number;
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      datasets: { type: 'string' },
      pages: { type: 'string' },
      'playback-seconds': { type: 'string' },
      changes: { type: 'string' },
      samples: { type: 'string' },
      'soak-hours': { type: 'string' },
      warmup: { type: 'string' },
      timescale: { type: 'string' },
      port: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const quick = values.quick ?? false;
  const runs = numberOf(values.runs, 'runs', 1, 50);
  if (runs !== null && !Number.isInteger(runs)) throw new Error('--runs must be a whole number');
  return {
    quick,
    runs: runs ?? (quick ? 1 : 2),
    datasets:
      listOf(values.datasets, DATASET_IDS, 'datasets') ?? (quick ? ['real', 'world-1k'] : [...DATASET_IDS]),
    pages: listOf(values.pages, PAGES, 'pages') ?? [...PAGES],
    playbackSeconds: numberOf(values['playback-seconds'], 'playback-seconds', 1, 60) ?? (quick ? 2 : 5),
    changes: Math.round(numberOf(values.changes, 'changes', 0, 1_000_000) ?? (quick ? 200 : 10_000)),
    samples: Math.round(numberOf(values.samples, 'samples', 1, 50) ?? (quick ? 3 : 5)),
    soakHours: numberOf(values['soak-hours'], 'soak-hours', 0, 240) ?? (quick ? 1 : 24),
    warmupSeconds: numberOf(values.warmup, 'warmup', 0, 3600) ?? (quick ? 30 : 120),
    timeScale: Math.round(numberOf(values.timescale, 'timescale', 1, 10_000) ?? 10_000),
    port: Math.round(numberOf(values.port, 'port', 1024, 65_535) ?? 4180),
    build: !(values['no-build'] ?? false),
  };
}

/**
 * The pages of one dataset in the order they are measured: the basemap alone right before the app, so the
 * floor the app's time to arcs is divided by was measured under the same load on this shared machine, not
 * minutes earlier with another dataset.
 */
export function pagesInMeasuringOrder(pages: readonly PageId[]): PageId[] {
  const floorFirst = pages.includes('basemap') && pages.includes('app');
  if (!floorFirst) return [...pages];
  const rest = pages.filter((page) => page !== 'basemap');
  const appAt = rest.indexOf('app');
  return [...rest.slice(0, appAt), 'basemap', ...rest.slice(appAt)];
}
