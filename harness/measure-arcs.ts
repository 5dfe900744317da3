/**
 * Measures the arcs layer the way perf-floor.md measured its "custom" page: a production build of
 * harness/arcs.html, a fresh headless Chromium per run, GPU-synchronised draw marks.
 *
 *   npx tsx harness/measure-arcs.ts [--sizes 0,1000,10000,50000] [--runs 3] [--projection mercator|globe]
 */
import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import type { ArcsHarness } from './arcs-harness.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '0,1000,10000,50000' },
    runs: { type: 'string', default: '3' },
    projection: { type: 'string', default: 'mercator' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
];

interface RunResult {
  firstDrawMs: number;
  geometryBuiltMs: number;
  mapLoadedMs: number;
  setFilterJsMs: number;
  filterRedrawMs: number;
  pickMs: number;
  uploadedMB: number;
}

async function measureOnce(baseUrl: string, n: number): Promise<RunResult> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseUrl}harness/arcs.html?n=${n}&projection=${values.projection}`);
    await page.waitForFunction(() => window.arcsHarness?.marks.firstDrawMs > 0, null, { timeout: 120_000 });
    await page.waitForTimeout(500);
    return await page.evaluate(async () => {
      const harness: ArcsHarness = window.arcsHarness;
      const { layer, marks, measureRedraw } = harness;
      let setFilterJsMs = 0;
      const filterRedrawMs = await measureRedraw(() => {
        const startedAt = performance.now();
        layer.setFilter({
          yearMin: 1990,
          yearMax: 2015,
          includeUndated: true,
          hubs: null,
          regionMask: 0xffff & ~(1 << 3),
          relationMask: 0b111,
          levelMask: 0b11,
        });
        setFilterJsMs = performance.now() - startedAt;
      });
      const pickStartedAt = performance.now();
      layer.pick({ x: 520, y: 300 });
      const pickMs = performance.now() - pickStartedAt;
      return {
        firstDrawMs: marks.firstDrawMs,
        geometryBuiltMs: marks.geometryBuiltMs,
        mapLoadedMs: marks.mapLoadedMs,
        setFilterJsMs,
        filterRedrawMs,
        pickMs,
        uploadedMB: layer.getStats().uploadedBytes / 2 ** 20,
      };
    });
  } finally {
    await browser.close();
  }
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const outDir = mkdtempSync(join(tmpdir(), 'arcs-harness-'));
await build({ logLevel: 'warn', build: { outDir, rollupOptions: { input: 'harness/arcs.html' } } });
const server = await preview({
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port: 0 },
});
const baseUrl = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
try {
  console.log(
    `| N | time-to-arcs ms | geometry built ms | map load ms | setFilter JS ms | filter redraw ms | pick ms | uploaded MB |`,
  );
  console.log(`|---|---|---|---|---|---|---|---|`);
  for (const n of sizes) {
    const results: RunResult[] = [];
    for (let run = 0; run < runs; run++) results.push(await measureOnce(baseUrl, n));
    const column = (key: keyof RunResult, digits = 0) => {
      const numbers = results.map((result) => result[key]);
      return `${median(numbers).toFixed(digits)} (${Math.min(...numbers).toFixed(digits)}–${Math.max(...numbers).toFixed(digits)})`;
    };
    console.log(
      `| ${n} | ${column('firstDrawMs')} | ${column('geometryBuiltMs')} | ${column('mapLoadedMs')} | ` +
        `${column('setFilterJsMs', 2)} | ${column('filterRedrawMs')} | ${column('pickMs')} | ${column('uploadedMB', 1)} |`,
    );
  }
} finally {
  await server.close();
}
