import { describe, expect, it } from 'vitest';
import { classifyFiles } from './bytes.ts';

const file = (path: string, bytes: number) => ({
  url: `http://127.0.0.1:4180${path}`,
  bytes,
  gzip: bytes / 4,
});

describe('classifyFiles', () => {
  it('keeps MapLibre’s worker and the basemap out of first-load JS and sorts data and CSS apart', () => {
    const figures = classifyFiles([
      file('/assets/index-abc.js', 1000),
      file('/assets/custom-dataset-def.js', 200),
      file('/assets/maplibre-gl-worker-123.mjs', 500),
      file('/assets/world.zh-xyz.json', 300),
      file('/assets/default-dataset-q.json', 40),
      file('/bench-data/world-1k.tsv', 80),
      file('/assets/index-abc.css', 60),
      file('/index.html', 7),
    ]);
    expect(figures).toEqual({
      jsRaw: 1200,
      jsGzip: 300,
      workerRaw: 500,
      workerGzip: 125,
      basemapRaw: 300,
      basemapGzip: 75,
      dataRaw: 120,
      dataGzip: 30,
      cssRaw: 60,
      cssGzip: 15,
    });
  });
});
