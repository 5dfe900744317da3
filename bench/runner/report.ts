import { ratio } from './stats.ts';
import type { TargetResult } from './targets.ts';
import { PAGES } from './types.ts';
import type { BytesFigures, DatasetSummary, Figure, PageId } from './types.ts';

export interface DatasetHeader {
  id: string;
  label: string;
  links: number;
  hubs: number;
}

const KB = 1000;
const MB = 1_000_000;

const integer = (value: number) => Math.round(value).toLocaleString('en');
const fixed = (digits: number) => (value: number) => value.toFixed(digits);

interface Row {
  label: string;
  figure: Figure;
  format: (value: number) => string;
  /** Ratios are printed for timings and rates, not for memory. */
  hasRatios: boolean;
}

const ROWS: Row[] = [
  { label: 'time to arcs, ms', figure: 'timeToArcsMs', format: integer, hasRatios: true },
  { label: 'filter change, main-thread ms', figure: 'filterMainMs', format: integer, hasRatios: true },
  {
    label: 'first filter change after load, main-thread ms',
    figure: 'filterFirstMainMs',
    format: integer,
    hasRatios: true,
  },
  { label: 'filter change, wall ms', figure: 'filterWallMs', format: integer, hasRatios: true },
  {
    label: 'filter change and the 1 s after it showed, main-thread ms',
    figure: 'filterAllMainMs',
    format: integer,
    hasRatios: true,
  },
  { label: 'slider step, main-thread ms', figure: 'sliderMainMs', format: integer, hasRatios: true },
  {
    label: 'first slider step after load, main-thread ms',
    figure: 'sliderFirstMainMs',
    format: integer,
    hasRatios: true,
  },
  { label: 'slider step, wall ms', figure: 'sliderWallMs', format: integer, hasRatios: true },
  {
    label: 'slider step and the 1 s after it showed, main-thread ms',
    figure: 'sliderAllMainMs',
    format: integer,
    hasRatios: true,
  },
  {
    label: "empty change (the measurement's own floor), main-thread ms",
    figure: 'emptyChangeMainMs',
    format: fixed(1),
    hasRatios: true,
  },
  { label: 'playback, arc redraws/s', figure: 'redrawsPerSecond', format: fixed(1), hasRatios: true },
  { label: 'playback, rAF frames/s', figure: 'rafPerSecond', format: fixed(1), hasRatios: true },
  { label: 'playback, longest frame gap ms', figure: 'maxFrameGapMs', format: integer, hasRatios: true },
  {
    label: 'playback, steps shown/s (baselines)',
    figure: 'stepsPerSecond',
    format: fixed(1),
    hasRatios: false,
  },
  {
    label: 'JS heap after load, MB',
    figure: 'heapAfterLoad',
    format: (v) => (v / MB).toFixed(1),
    hasRatios: false,
  },
  {
    label: 'JS heap after the filter changes, MB',
    figure: 'heapAfterChanges',
    format: (v) => (v / MB).toFixed(1),
    hasRatios: false,
  },
  {
    label: 'JS heap, kiosk after load, MB',
    figure: 'heapSoakStart',
    format: (v) => (v / MB).toFixed(2),
    hasRatios: false,
  },
  {
    label: 'JS heap, kiosk after the tour warm-up, MB',
    figure: 'heapSoakWarm',
    format: (v) => (v / MB).toFixed(2),
    hasRatios: false,
  },
  {
    label: 'JS heap, kiosk after the soak, MB',
    figure: 'heapAfterSoak',
    format: (v) => (v / MB).toFixed(2),
    hasRatios: false,
  },
];

const BYTE_ROWS: Array<{ label: string; raw: keyof BytesFigures; gzip: keyof BytesFigures }> = [
  { label: 'first-load JS (worker excluded), KB raw / gzip', raw: 'jsRaw', gzip: 'jsGzip' },
  { label: 'MapLibre worker, KB raw / gzip', raw: 'workerRaw', gzip: 'workerGzip' },
  { label: 'basemap GeoJSON, KB raw / gzip', raw: 'basemapRaw', gzip: 'basemapGzip' },
  { label: 'dataset file, KB raw / gzip', raw: 'dataRaw', gzip: 'dataGzip' },
  { label: 'CSS, KB raw / gzip', raw: 'cssRaw', gzip: 'cssGzip' },
];

const formatRatio = (value: number | null) =>
  value === null ? '–' : value === Infinity ? '∞' : `${value < 10 ? value.toFixed(2) : value.toFixed(0)}×`;

/** One markdown table per dataset: every figure per page, then app ÷ each baseline. */
export function datasetTable(header: DatasetHeader, summary: DatasetSummary): string {
  const pages = PAGES.filter((page) => summary[page]);
  const baselines = pages.filter((page) => page !== 'app');
  const runs = Math.max(...pages.map((page) => summary[page]?.runs ?? 0));
  const lines = [
    `### ${header.id}: ${header.label} (${integer(header.links)} links, ${integer(header.hubs)} hubs; medians of ${runs} run${runs === 1 ? '' : 's'})`,
    '',
    `| figure | ${pages.join(' | ')} | ${baselines.map((page) => `app ÷ ${page}`).join(' | ')} |`,
    `| --- | ${pages.map(() => '--:').join(' | ')} | ${baselines.map(() => '--:').join(' | ')} |`,
  ];
  const cell = (page: PageId, figure: Figure, format: (value: number) => string) => {
    const value = summary[page]?.[figure] ?? null;
    return value === null ? '–' : format(value);
  };
  for (const row of ROWS) {
    if (pages.every((page) => summary[page]?.[row.figure] === null)) continue;
    const ratios = baselines.map((page) =>
      row.hasRatios
        ? formatRatio(ratio(summary.app?.[row.figure] ?? null, summary[page]?.[row.figure] ?? null))
        : '',
    );
    lines.push(
      `| ${row.label} | ${pages.map((page) => cell(page, row.figure, row.format)).join(' | ')} | ${ratios.join(' | ')} |`,
    );
  }
  for (const row of BYTE_ROWS) {
    const cells = pages.map((page) => {
      const bytes = summary[page]?.bytes;
      return bytes ? `${integer(bytes[row.raw] / KB)} / ${integer(bytes[row.gzip] / KB)}` : '–';
    });
    if (cells.every((text) => text === '–' || text === '0 / 0')) continue;
    lines.push(`| ${row.label} | ${cells.join(' | ')} | ${baselines.map(() => '').join(' | ')} |`);
  }
  const notes = pages.flatMap((page) => (summary[page]?.notes ?? []).map((note) => `- ${page}: ${note}`));
  if (notes.length) lines.push('', 'Notes:', ...notes);
  return lines.join('\n');
}

function formatTargetValue(target: TargetResult): string {
  if (target.value === null) return 'n/a';
  if (target.description.startsWith('first-load JS')) return `${(target.value / KB).toFixed(1)} KB`;
  if (target.description.startsWith('JS heap')) return `${(target.value * 100).toFixed(2)} %`;
  return `${formatRatio(target.value)}${target.against ? ` vs ${target.against}` : ''}`;
}

function formatLimit(target: TargetResult): string {
  const sign = target.comparison === 'atMost' ? '≤' : '≥';
  if (target.description.startsWith('first-load JS')) return `${sign} ${target.limit / KB} KB`;
  if (target.description.startsWith('JS heap')) return `${sign} ${target.limit * 100} %`;
  return `${sign} ${target.limit}×`;
}

export function targetsTable(targets: readonly TargetResult[]): string {
  return [
    '| target | dataset | measured | limit | result |',
    '| --- | --- | --: | --: | --- |',
    ...targets.map(
      (target) =>
        `| ${target.description} | ${target.dataset} | ${formatTargetValue(target)} | ${formatLimit(target)} | ${
          target.status === 'n/a' ? `n/a (${target.reason})` : target.status
        } |`,
    ),
  ].join('\n');
}
