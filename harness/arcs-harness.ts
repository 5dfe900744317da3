import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import worldGeoJsonUrl from '@surbowl/world-geo-json-zh/world.zh.json?url';
import { createArcsLayer, type ArcsLayer } from '../src/map/arcs-layer.ts';
import { createBasemapStyle } from './basemap-style.ts';
import { createSyntheticArcs, HUBS } from './synthetic-arcs.ts';

/**
 * Dev harness for the arcs layer: `/harness/arcs.html?n=1000&projection=globe`.
 * Everything a benchmark or screenshot script needs is on `window.arcsHarness`.
 */
export interface ArcsHarness {
  map: MapLibreMap;
  layer: ArcsLayer;
  /** ms since navigation start, each taken in the animation frame after a GPU-synchronised draw. */
  marks: { geometryBuiltMs: number; mapLoadedMs: number; firstDrawMs: number };
  /** Resolves once the layer has drawn all arcs for the first time. */
  firstDraw: Promise<void>;
  /** Applies `change`, waits for the next arcs draw (GPU-synchronised) and returns the elapsed ms. */
  measureRedraw(change: () => void): Promise<number>;
}

declare global {
  interface Window {
    arcsHarness: ArcsHarness;
  }
}

const HUB_COLORS: Array<[number, number, number]> = [
  [255, 99, 71],
  [64, 196, 255],
  [255, 202, 40],
  [124, 232, 120],
];

// MapLibre finds its worker next to its own module, which Vite's dependency pre-bundling moves away.
setWorkerUrl(workerUrl);

const params = new URLSearchParams(location.search);
const arcCount = Math.max(0, Number.parseInt(params.get('n') ?? '1000', 10) || 0);
const projection = params.get('projection') === 'globe' ? 'globe' : 'mercator';

const map = new MapLibreMap({
  container: 'map',
  style: createBasemapStyle(worldGeoJsonUrl),
  center: [150, 25],
  zoom: 1.3,
  attributionControl: false,
});
const pathOption = (name: string) => (params.has(name) ? Number(params.get(name)) : undefined);
const layer = createArcsLayer('arcs', {
  pathOptions: {
    degreesPerPoint: pathOption('deg') ?? 3,
    minPoints: pathOption('minPoints') ?? 6,
    maxPoints: pathOption('maxPoints') ?? 48,
  },
});
const marks = { geometryBuiltMs: 0, mapLoadedMs: 0, firstDrawMs: 0 };
let afterNextDraw: (() => void) | null = null;

// Make "drawn" honest under asynchronous SwiftShader: a 1-pixel read waits for every queued command.
const render = layer.render.bind(layer);
layer.render = (gl, options) => {
  render(gl, options);
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  const done = afterNextDraw;
  afterNextDraw = null;
  if (done) requestAnimationFrame(done);
};

function nextDraw(): Promise<void> {
  return new Promise((resolve) => {
    afterNextDraw = resolve;
  });
}

const firstDraw = nextDraw().then(() => {
  marks.firstDrawMs = performance.now();
});

layer.setData(createSyntheticArcs(arcCount));
layer.setAppearance({ hubColors: HUB_COLORS, lineWidth: Number(params.get('width') ?? '1.5') });
marks.geometryBuiltMs = performance.now();

map.on('style.load', () => map.setProjection({ type: projection }));
map.on('load', () => {
  marks.mapLoadedMs = performance.now();
  map.addLayer(layer);
});

window.arcsHarness = {
  map,
  layer,
  marks,
  firstDraw,
  async measureRedraw(change) {
    const startedAt = performance.now();
    const drawn = nextDraw();
    change();
    await drawn;
    return performance.now() - startedAt;
  },
};

console.info(`arcs harness: ${arcCount} arcs from ${HUBS.length} hubs, ${projection}`);
