import { better, ratio } from './stats.ts';
import { PEERS } from './types.ts';
import type { DatasetSummary, Figure, PageId } from './types.ts';

export type TargetStatus = 'PASS' | 'FAIL' | 'n/a';

export interface TargetResult {
  dataset: string;
  description: string;
  /** The measured ratio (or figure, for bytes and heap drift). */
  value: number | null;
  limit: number;
  comparison: 'atMost' | 'atLeast';
  /** The page the app was compared with, when the target is a ratio. */
  against: PageId | null;
  status: TargetStatus;
  /** Why a target is n/a. */
  reason: string | null;
}

/** Issue 8's targets. KB is 1,000 bytes. */
export const LIMITS = {
  realTimeToArcsVsMapLibre: 1.15,
  timeToArcsVsPeers: 0.5,
  changeVsPeers: 0.25,
  redrawsVsPeers: 3,
  timeToArcsVsBasemap: 2.5,
  soakHeapDrift: 0.02,
  firstLoadJsGzipBytes: 400_000,
} as const;

export const REAL_DATASET = 'real';
export const LARGE_DATASETS = ['world-10k', 'world-50k'] as const;
export const LARGEST_DATASET = 'world-50k';

function judge(value: number | null, limit: number, comparison: 'atMost' | 'atLeast'): TargetStatus {
  if (value === null || Number.isNaN(value)) return 'n/a';
  return (comparison === 'atMost' ? value <= limit : value >= limit) ? 'PASS' : 'FAIL';
}

function result(fields: Omit<TargetResult, 'status' | 'reason'> & { reason?: string | null }): TargetResult {
  const status = judge(fields.value, fields.limit, fields.comparison);
  const reason = status === 'n/a' ? (fields.reason ?? 'not measured') : null;
  return { ...fields, status, reason };
}

const figureOf = (summary: DatasetSummary | undefined, page: PageId, figure: Figure): number | null =>
  summary?.[page]?.[figure] ?? null;

/** app / best peer; a peer that managed zero of a rate the app achieves makes the ratio infinite. */
function versusPeers(
  summary: DatasetSummary | undefined,
  figure: Figure,
  sense: 'lower' | 'higher',
): { value: number | null; against: PageId | null } {
  const best = better(
    PEERS.map((page) => ({ page, value: figureOf(summary, page, figure) })),
    sense,
  );
  const app = figureOf(summary, 'app', figure);
  if (!best) return { value: null, against: null };
  if (sense === 'higher' && best.value === 0 && app !== null && app > 0)
    return { value: Infinity, against: best.page as PageId };
  return { value: ratio(app, best.value), against: best.page as PageId };
}

/** The first note of these pages (about `topic` when given) explains an n/a. */
function whyMissing(summary: DatasetSummary | undefined, pages: readonly PageId[], topic?: string): string {
  if (!summary) return 'dataset not run';
  const notes = pages.flatMap((page) => summary[page]?.notes ?? []);
  return notes.find((note) => topic === undefined || note.includes(topic)) ?? 'not measured';
}

/** Every target of the issue, evaluated on the medians; datasets that were not run give n/a. */
export function evaluateTargets(summaries: Readonly<Record<string, DatasetSummary>>): TargetResult[] {
  const results: TargetResult[] = [];
  const real = summaries[REAL_DATASET];
  results.push(
    result({
      dataset: REAL_DATASET,
      description: 'time to arcs vs bare MapLibre (GeoJSON lines)',
      value: ratio(figureOf(real, 'app', 'timeToArcsMs'), figureOf(real, 'geojson', 'timeToArcsMs')),
      limit: LIMITS.realTimeToArcsVsMapLibre,
      comparison: 'atMost',
      against: 'geojson',
      reason: whyMissing(real, ['app', 'geojson']),
    }),
  );
  for (const dataset of LARGE_DATASETS) {
    const summary = summaries[dataset];
    const peerTarget = (description: string, figure: Figure, limit: number, sense: 'lower' | 'higher') => {
      const { value, against } = versusPeers(summary, figure, sense);
      results.push(
        result({
          dataset,
          description,
          value,
          limit,
          comparison: sense === 'lower' ? 'atMost' : 'atLeast',
          against,
          reason: whyMissing(summary, ['app', ...PEERS]),
        }),
      );
    };
    peerTarget('time to arcs vs the better peer', 'timeToArcsMs', LIMITS.timeToArcsVsPeers, 'lower');
    peerTarget(
      'filter change main-thread time vs the better peer',
      'filterMainMs',
      LIMITS.changeVsPeers,
      'lower',
    );
    peerTarget(
      'slider step main-thread time vs the better peer',
      'sliderMainMs',
      LIMITS.changeVsPeers,
      'lower',
    );
    peerTarget(
      'arc redraws per second in playback vs the better peer',
      'redrawsPerSecond',
      LIMITS.redrawsVsPeers,
      'higher',
    );
  }
  const largest = summaries[LARGEST_DATASET];
  results.push(
    result({
      dataset: LARGEST_DATASET,
      description: 'time to arcs vs the basemap alone',
      value: ratio(figureOf(largest, 'app', 'timeToArcsMs'), figureOf(largest, 'basemap', 'timeToArcsMs')),
      limit: LIMITS.timeToArcsVsBasemap,
      comparison: 'atMost',
      against: 'basemap',
      reason: whyMissing(largest, ['app', 'basemap']),
    }),
  );
  for (const [dataset, summary] of Object.entries(summaries)) {
    const start = figureOf(summary, 'app', 'heapSoakWarm');
    const end = figureOf(summary, 'app', 'heapAfterSoak');
    results.push(
      result({
        dataset,
        description:
          'JS heap after the simulated 24-hour kiosk soak vs after the tour warm-up (relative change)',
        value: start !== null && end !== null && start > 0 ? Math.abs(end - start) / start : null,
        limit: LIMITS.soakHeapDrift,
        comparison: 'atMost',
        against: null,
        reason: whyMissing(summary, ['app'], 'kiosk'),
      }),
    );
  }
  // The default first view: the embedded dataset. A `?data=` page also loads the file parser, as it should.
  results.push(
    result({
      dataset: REAL_DATASET,
      description: 'first-load JS, gzip bytes (MapLibre worker and basemap excluded)',
      value: real?.app?.bytes?.jsGzip ?? null,
      limit: LIMITS.firstLoadJsGzipBytes,
      comparison: 'atMost',
      against: null,
      reason: whyMissing(real, ['app']),
    }),
  );
  return results;
}
