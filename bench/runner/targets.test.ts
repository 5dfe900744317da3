import { describe, expect, it } from 'vitest';
import { emptyBytes } from './bytes.ts';
import { summarizeRuns } from './summarize.ts';
import { evaluateTargets, LIMITS } from './targets.ts';
import type { TargetResult } from './targets.ts';
import { emptyRun } from './types.ts';
import type { DatasetSummary, PageRun } from './types.ts';

const page = (figures: Partial<PageRun>): ReturnType<typeof summarizeRuns> =>
  summarizeRuns([{ ...emptyRun(), ...figures }]);

function find(results: TargetResult[], dataset: string, start: string): TargetResult {
  const found = results.find((result) => result.dataset === dataset && result.description.startsWith(start));
  if (!found) throw new Error(`no target ${dataset} ${start}`);
  return found;
}

describe('evaluateTargets', () => {
  const large: DatasetSummary = {
    app: page({ timeToArcsMs: 1000, filterMainMs: 30, sliderMainMs: 60, redrawsPerSecond: 9 }),
    geojson: page({ timeToArcsMs: 5000, filterMainMs: 100, sliderMainMs: 100, redrawsPerSecond: 2 }),
    deckgl: page({ timeToArcsMs: 3000, filterMainMs: 200, sliderMainMs: 400, redrawsPerSecond: 4 }),
    basemap: page({ timeToArcsMs: 500 }),
  };
  const results = evaluateTargets({
    real: {
      app: page({ timeToArcsMs: 1150, bytes: { ...emptyBytes(), jsGzip: 400_001 } }),
      geojson: page({ timeToArcsMs: 1000 }),
    },
    'world-10k': large,
    'world-50k': large,
  });

  it('compares the real-data load with bare MapLibre, inclusive of the limit', () => {
    const target = find(results, 'real', 'time to arcs vs bare');
    expect(target.value).toBeCloseTo(LIMITS.realTimeToArcsVsMapLibre);
    expect(target.status).toBe('PASS');
  });

  it('compares costs with the lower peer and rates with the higher one', () => {
    const load = find(results, 'world-10k', 'time to arcs vs the better');
    expect([load.against, load.value, load.status]).toEqual(['deckgl', 1000 / 3000, 'PASS']);
    const filter = find(results, 'world-10k', 'filter change');
    expect([filter.against, filter.value, filter.status]).toEqual(['geojson', 0.3, 'FAIL']);
    const slider = find(results, 'world-50k', 'slider step');
    expect([slider.against, slider.value, slider.status]).toEqual(['geojson', 0.6, 'FAIL']);
    const playback = find(results, 'world-50k', 'arc redraws');
    expect([playback.against, playback.value, playback.status]).toEqual(['deckgl', 9 / 4, 'FAIL']);
  });

  it('checks the largest dataset against the basemap floor', () => {
    const floor = find(results, 'world-50k', 'time to arcs vs the basemap');
    expect([floor.value, floor.status]).toEqual([2, 'PASS']);
  });

  it('fails first-load JS over the limit, judged on the embedded dataset only', () => {
    expect(find(results, 'real', 'first-load JS').status).toBe('FAIL');
    expect(results.filter((target) => target.description.startsWith('first-load JS'))).toHaveLength(1);
  });

  it('gives n/a with the note that explains it when a figure is missing', () => {
    const soak = find(results, 'real', 'JS heap after');
    expect(soak.status).toBe('n/a');
    const withNote = evaluateTargets({
      real: { app: summarizeRuns([{ ...emptyRun(), notes: ['kiosk attract loop not in this build'] }]) },
    });
    expect(find(withNote, 'real', 'JS heap after').reason).toBe('kiosk attract loop not in this build');
    expect(find(withNote, 'world-10k', 'time to arcs vs the better').reason).toBe('dataset not run');
  });

  it('passes a soak whose heap stays within 2 % of the warmed-up kiosk and fails one that grows more', () => {
    const soak = (end: number) =>
      find(
        evaluateTargets({
          real: { app: page({ heapSoakStart: 80, heapSoakWarm: 100, heapAfterSoak: end }) },
        }),
        'real',
        'JS heap after',
      ).status;
    expect([soak(102), soak(97.5), soak(103)]).toEqual(['PASS', 'FAIL', 'FAIL']);
  });

  it('counts a peer that redrew nothing as an infinite ratio for the app', () => {
    const stalled = evaluateTargets({
      'world-50k': {
        app: page({ redrawsPerSecond: 1 }),
        geojson: page({ redrawsPerSecond: 0 }),
        deckgl: page({ redrawsPerSecond: 0 }),
      },
    });
    expect(find(stalled, 'world-50k', 'arc redraws').status).toBe('PASS');
  });
});
