import { describe, expect, it } from 'vitest';
import { DATASET_IDS, pagesInMeasuringOrder, parseBenchOptions } from './options.ts';

describe('parseBenchOptions', () => {
  it('defaults to every dataset and page, 2 runs and the full soak', () => {
    const options = parseBenchOptions([]);
    expect(options).toMatchObject({
      runs: 2,
      changes: 10_000,
      samples: 5,
      soakHours: 24,
      warmupSeconds: 120,
      timeScale: 10_000,
      build: true,
    });
    expect(options.datasets).toEqual([...DATASET_IDS]);
    expect(options.pages).toEqual(['app', 'geojson', 'deckgl', 'basemap']);
  });

  it('makes --quick a small smoke run that explicit options still override', () => {
    expect(parseBenchOptions(['--quick'])).toMatchObject({
      runs: 1,
      datasets: ['real', 'world-1k'],
      changes: 200,
      samples: 3,
      warmupSeconds: 30,
    });
    expect(parseBenchOptions(['--quick', '--runs', '2', '--datasets', 'world-10k'])).toMatchObject({
      runs: 2,
      datasets: ['world-10k'],
    });
  });

  it('refuses unknown names and out-of-range numbers', () => {
    expect(() => parseBenchOptions(['--datasets', 'world-2k'])).toThrow(/unknown world-2k/);
    expect(() => parseBenchOptions(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseBenchOptions(['--runs', '1.5'])).toThrow(/whole number/);
    expect(() => parseBenchOptions(['--timescale', '20000'])).toThrow(/--timescale/);
    expect(() => parseBenchOptions(['--samples', '0'])).toThrow(/--samples/);
    expect(() => parseBenchOptions(['--warmup', '-1'])).toThrow(/--warmup/);
  });
});

describe('pagesInMeasuringOrder', () => {
  it('measures the basemap alone right before the app, the rest in the order given', () => {
    expect(pagesInMeasuringOrder(['app', 'geojson', 'deckgl', 'basemap'])).toEqual([
      'basemap',
      'app',
      'geojson',
      'deckgl',
    ]);
    expect(pagesInMeasuringOrder(['geojson', 'app', 'basemap'])).toEqual(['geojson', 'basemap', 'app']);
  });

  it('keeps the order given when there is no app or no basemap to pair', () => {
    expect(pagesInMeasuringOrder(['basemap', 'geojson'])).toEqual(['basemap', 'geojson']);
    expect(pagesInMeasuringOrder(['deckgl', 'app'])).toEqual(['deckgl', 'app']);
  });
});
