/**
 * `npm run bench`: builds the app and the baseline pages, serves them on 127.0.0.1, and measures the app
 * against bare MapLibre (GeoJSON lines), deck.gl (ArcLayer, overlaid) and the basemap alone, on the real
 * dataset and synthetic ones. Prints markdown tables and writes bench/results/latest.json and latest.md.
 * Options: `npm run bench -- --help`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { APP_DIR, BASELINES_DIR, buildSite, DATA_DIR } from './runner/build.ts';
import { launchBrowser, openPage, VIEWPORT } from './runner/browser.ts';
import { prepareDatasets } from './runner/datasets.ts';
import type { BenchDataset } from './runner/datasets.ts';
import { measurePageRun, measureSoak } from './runner/measure-page.ts';
import type { MapSize } from './runner/measure-page.ts';
import { pagesInMeasuringOrder, parseBenchOptions, USAGE } from './runner/options.ts';
import { datasetTable, targetsTable } from './runner/report.ts';
import { serveFolders } from './runner/server.ts';
import { summarizeRuns } from './runner/summarize.ts';
import { evaluateTargets } from './runner/targets.ts';
import type { DatasetSummary, PageId, PageRun } from './runner/types.ts';

if (process.argv.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}
const options = parseBenchOptions(process.argv.slice(2));
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const startedAt = Date.now();
const log = (line: string) => console.log(line);
const seconds = () => `${((Date.now() - startedAt) / 1000).toFixed(0)} s`;
const loadAtStart = loadavg();

if (options.build) {
  log('building the app and the baseline pages…');
  await buildSite();
}
log(`preparing datasets (${options.datasets.join(', ')})…`);
const datasets = prepareDatasets(options.datasets);
const server = await serveFolders(
  { '/': APP_DIR, '/baselines/': BASELINES_DIR, '/bench-data/': DATA_DIR },
  options.port,
);
const baseUrl = `http://127.0.0.1:${options.port}/`;

/** The app's map element size, so the baselines draw the same number of pixels; and the browser's identity. */
async function inspectApp(): Promise<{ mapSize: MapSize; browserVersion: string; renderer: string }> {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser);
    await page.goto(baseUrl);
    const map = page.getByTestId('map');
    await map.waitFor({ timeout: 120_000 });
    const box = await map.boundingBox();
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'no WebGL2';
    });
    return {
      mapSize: {
        width: Math.round(box?.width ?? VIEWPORT.width),
        height: Math.round(box?.height ?? VIEWPORT.height),
      },
      browserVersion: browser.version(),
      renderer,
    };
  } finally {
    await browser.close();
  }
}

const describeRun = (run: PageRun) =>
  [
    `arcs ${run.timeToArcsMs?.toFixed(0) ?? '–'} ms`,
    `filter ${run.filterMainMs?.toFixed(0) ?? '–'}/${run.filterWallMs?.toFixed(0) ?? '–'} ms (first ${run.filterFirstMainMs?.toFixed(0) ?? '–'})`,
    `step ${run.sliderMainMs?.toFixed(0) ?? '–'}/${run.sliderWallMs?.toFixed(0) ?? '–'} ms (first ${run.sliderFirstMainMs?.toFixed(0) ?? '–'})`,
    `redraws ${run.redrawsPerSecond?.toFixed(1) ?? '–'}/s`,
    run.notes.length ? `notes: ${run.notes.join('; ')}` : '',
  ]
    .filter(Boolean)
    .join(', ');

try {
  const environment = await inspectApp();
  log(
    `map ${environment.mapSize.width}×${environment.mapSize.height} px, ${environment.browserVersion}, ${environment.renderer}`,
  );
  const runs = new Map<string, Map<PageId, PageRun[]>>();
  for (let round = 1; round <= options.runs; round++) {
    for (const dataset of datasets) {
      for (const page of pagesInMeasuringOrder(options.pages)) {
        log(`[${seconds()}] run ${round}/${options.runs} · ${dataset.id} · ${page}`);
        const request = {
          page,
          dataset,
          baseUrl,
          mapSize: environment.mapSize,
          options,
          isFirstRun: round === 1,
          log,
        };
        const run = await measurePageRun(request);
        if (page === 'app' && round === 1 && options.soakHours > 0) await measureSoak(request, run);
        log(`    ${describeRun(run)}`);
        const byPage = runs.get(dataset.id) ?? new Map<PageId, PageRun[]>();
        byPage.set(page, [...(byPage.get(page) ?? []), run]);
        runs.set(dataset.id, byPage);
      }
    }
  }
  const summaries: Record<string, DatasetSummary> = {};
  for (const dataset of datasets) {
    const byPage = runs.get(dataset.id) ?? new Map<PageId, PageRun[]>();
    summaries[dataset.id] = Object.fromEntries(
      [...byPage].map(([page, pageRuns]) => [page, summarizeRuns(pageRuns)]),
    );
  }
  const targets = evaluateTargets(summaries);
  const commit = gitCommit();
  const loadAtEnd = loadavg();
  const header = [
    `## Benchmark results (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit.slice(0, 9)})`,
    '',
    `${environment.browserVersion}, ${environment.renderer}; viewport ${VIEWPORT.width}×${VIEWPORT.height}, map ${environment.mapSize.width}×${environment.mapSize.height} px; ` +
      `${options.runs} run(s), playback window ${options.playbackSeconds} s, ${options.changes} filter changes, ` +
      `kiosk soak ${options.soakHours} h at ${options.timeScale}× after a ${options.warmupSeconds}-s warm-up. ` +
      `Load average ${loadAtStart[0]?.toFixed(1)} at start, ` +
      `${loadAtEnd[0]?.toFixed(1)} at the end (2 cores, shared); took ${seconds()}.`,
  ].join('\n');
  const report = [
    header,
    '',
    targetsTable(targets),
    '',
    ...datasets.map((dataset: BenchDataset) => datasetTable(dataset, summaries[dataset.id] ?? {})),
  ].join('\n\n');
  log(`\n${report}\n`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = {
    date: new Date().toISOString(),
    commit,
    options,
    environment: {
      ...environment,
      viewport: VIEWPORT,
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: loadAtEnd,
    },
    datasets,
    runs: Object.fromEntries([...runs].map(([id, byPage]) => [id, Object.fromEntries(byPage)])),
    summaries,
    targets,
  };
  writeFileSync(`${RESULTS_DIR}latest.json`, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(`${RESULTS_DIR}latest.md`, `${report}\n`);
  log(`wrote bench/results/latest.json and latest.md (${seconds()})`);
} finally {
  server.close();
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
