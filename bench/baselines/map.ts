import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import countriesUrl from '@surbowl/world-geo-json-zh/world.zh.json?url';
import { embeddedBasemapStyle } from '../../src/map/basemap-style.ts';
import { MAP_OPTIONS } from '../../src/map/map-options.ts';

// Shared by every baseline page: the app's basemap, map options and camera, so that the pages differ
// from the app only in how the arcs are drawn and filtered.

setWorkerUrl(workerUrl);

const params = new URLSearchParams(location.search);

/** Sizes the map like the app's map element (the runner measures it and passes `w` and `h`). */
export function mapContainer(): HTMLElement {
  const container = document.getElementById('map');
  if (!container) throw new Error('the page lacks #map');
  const width = Number(params.get('w'));
  const height = Number(params.get('h'));
  if (width > 0) container.style.width = `${width}px`;
  if (height > 0) container.style.height = `${height}px`;
  return container;
}

/** The app's camera for a map of this width (src/map/create-map.ts `defaultCamera`). */
function defaultCamera(widthPx: number): { center: [number, number]; zoom: number } {
  const spanDegrees = 280;
  const zoom = Math.log2(widthPx / ((512 * spanDegrees) / 360));
  return { center: [140, 28], zoom: Math.max(0, Math.min(3, zoom)) };
}

/** A map with the app's basemap and options (src/map/create-map.ts), without the app's other layers. */
export function createBaselineMap(container: HTMLElement): MapLibreMap {
  const camera = defaultCamera(container.clientWidth || 1024);
  return new MapLibreMap({
    container,
    style: embeddedBasemapStyle(countriesUrl),
    center: camera.center,
    zoom: camera.zoom,
    ...MAP_OPTIONS,
  });
}

/** Tells the probe that all arcs are on screen (the app's map element carries the same attribute). */
export function markArcsDrawn(count: number): void {
  document.documentElement.dataset.arcsDrawn = String(count);
}
