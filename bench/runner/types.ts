export const PAGES = ['app', 'geojson', 'deckgl', 'basemap'] as const;
export type PageId = (typeof PAGES)[number];
/** The two peer baselines the app is measured against (the basemap is the floor, not a peer). */
export const PEERS = ['geojson', 'deckgl'] as const;

export interface BytesFigures {
  /** First-load JavaScript, MapLibre's worker excluded. */
  jsRaw: number;
  jsGzip: number;
  workerRaw: number;
  workerGzip: number;
  basemapRaw: number;
  basemapGzip: number;
  dataRaw: number;
  dataGzip: number;
  cssRaw: number;
  cssGzip: number;
}

/** One page load of one page on one dataset. Every figure is null when it could not be measured. */
export interface PageRun {
  /** ms from navigation start to the first GPU-synchronised frame with all arcs (and the basemap). */
  timeToArcsMs: number | null;
  /**
   * Change figures are medians over the page load's timed changes ({@link BenchOptions.samples}); the
   * "first" ones are the first change after load alone, in code the browser has not optimised yet.
   */
  filterMainMs: number | null;
  filterFirstMainMs: number | null;
  filterWallMs: number | null;
  /**
   * Main-thread time from the change until 1 s after it showed: also everything that follows the map (the
   * app's panel, its address bar, garbage collection). Same for the slider step.
   */
  filterAllMainMs: number | null;
  sliderMainMs: number | null;
  sliderFirstMainMs: number | null;
  sliderWallMs: number | null;
  sliderAllMainMs: number | null;
  /**
   * A change that changes nothing (one frame that draws zero vertices on the arcs' canvas): the probe's and
   * the browser's own share of every change figure above, measured the same way.
   */
  emptyChangeMainMs: number | null;
  /** Frames per second in which the arcs were redrawn while the year range played. */
  redrawsPerSecond: number | null;
  rafPerSecond: number | null;
  maxFrameGapMs: number | null;
  /** Baselines: playback steps that reached the screen per second. */
  stepsPerSecond: number | null;
  /** JS heap used (main isolate, after garbage collection), bytes. */
  heapAfterLoad: number | null;
  heapAfterChanges: number | null;
  /**
   * App only, kiosk mode, in the same page, each at the kiosk's home view: after load, after the tour's
   * warm-up, and after the simulated day that follows the warm-up.
   */
  heapSoakStart: number | null;
  heapSoakWarm: number | null;
  heapAfterSoak: number | null;
  bytes: BytesFigures | null;
  notes: string[];
}

export type Figure = Exclude<keyof PageRun, 'bytes' | 'notes'>;

export const FIGURES: readonly Figure[] = [
  'timeToArcsMs',
  'filterMainMs',
  'filterFirstMainMs',
  'filterWallMs',
  'filterAllMainMs',
  'sliderMainMs',
  'sliderFirstMainMs',
  'sliderWallMs',
  'sliderAllMainMs',
  'emptyChangeMainMs',
  'redrawsPerSecond',
  'rafPerSecond',
  'maxFrameGapMs',
  'stepsPerSecond',
  'heapAfterLoad',
  'heapAfterChanges',
  'heapSoakStart',
  'heapSoakWarm',
  'heapAfterSoak',
];

/** Median of every figure over the runs of one page on one dataset. */
export type PageSummary = Record<Figure, number | null> & {
  bytes: BytesFigures | null;
  runs: number;
  notes: string[];
};

export type DatasetSummary = Partial<Record<PageId, PageSummary>>;

export function emptyRun(): PageRun {
  return {
    timeToArcsMs: null,
    filterMainMs: null,
    filterFirstMainMs: null,
    filterWallMs: null,
    filterAllMainMs: null,
    sliderMainMs: null,
    sliderFirstMainMs: null,
    sliderWallMs: null,
    sliderAllMainMs: null,
    emptyChangeMainMs: null,
    redrawsPerSecond: null,
    rafPerSecond: null,
    maxFrameGapMs: null,
    stepsPerSecond: null,
    heapAfterLoad: null,
    heapAfterChanges: null,
    heapSoakStart: null,
    heapSoakWarm: null,
    heapAfterSoak: null,
    bytes: null,
    notes: [],
  };
}
