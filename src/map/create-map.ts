import { partnerKeyOf } from '../data/index.ts';
import { Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import type { MapMouseEvent } from 'maplibre-gl';
import { MAP_OPTIONS } from './map-options.ts';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { selectLinks } from '../state/selectors.ts';
import { selectArcData } from './arc-data.ts';
import type { AppStore } from '../state/store.ts';
import { createArcsOverlay } from './arcs-overlay.ts';
import type { ArcsOverlay } from './arcs-overlay.ts';
import { embeddedBasemapStyle } from './basemap-style.ts';
import { handleExportRequests } from './export/export-requests.ts';
import { LabelsOverlay } from './labels-overlay.ts';
import { PartnerPoints } from './places-layers.ts';
import { syncMapWithStore } from './sync.ts';
import { defaultCamera } from './default-camera.ts';

export { defaultCamera } from './default-camera.ts';

// MapLibre looks for its worker beside its own module, which the bundler moves; point it at the emitted file.
setWorkerUrl(workerUrl);

export const ARCS_LAYER_ID = 'sister-city-arcs';

export interface ArcMapOptions {
  /** URL of the embedded countries GeoJSON (the default basemap). */
  countriesUrl: string;
  /** Any MapLibre style URL to use instead of the embedded basemap (e.g. an approved 审图号 basemap). */
  styleUrl?: string | null;
  /** Called once, when the map first shows the data with all its arcs: work that can wait starts then. */
  onFirstViewDrawn?: () => void;
}

export interface ArcMap {
  readonly map: MapLibreMap;
  readonly arcs: ArcsOverlay;
  readonly labels: LabelsOverlay;
  dispose(): void;
}

/** Creates the map as a plain object driven by the store; React only mounts and disposes it. */
export function createArcMap(container: HTMLElement, store: AppStore, options: ArcMapOptions): ArcMap {
  const camera = store.getState().camera ?? defaultCamera(container.clientWidth || 1024);
  const map = new MapLibreMap({
    container,
    style: options.styleUrl ?? embeddedBasemapStyle(options.countriesUrl),
    center: camera.center,
    zoom: camera.zoom,
    ...MAP_OPTIONS,
  });
  map.touchZoomRotate.disableRotation();
  map.dragRotate.disable();
  map.addControl(new NavigationControl({ showCompass: false }), 'bottom-right');

  let isFirstViewDrawn = false;
  // Tests and assistive summaries read what was really drawn, not what the store asked for: after a WebGL
  // context loss of the overlay that is nothing, until its context is back and the arcs are drawn again.
  const reportDrawn = () => {
    const drawn = String(arcs.getStats().arcs);
    const visible = String(arcs.countVisible());
    const { style, drawnFrom } = arcs.getStats();
    if (container.dataset.arcsDrawn !== drawn) container.dataset.arcsDrawn = drawn;
    if (container.dataset.arcsStyle !== style) container.dataset.arcsStyle = style;
    if (container.dataset.arcsDrawnFrom !== drawnFrom) container.dataset.arcsDrawnFrom = drawnFrom;
    if (container.dataset.arcsVisible !== visible) container.dataset.arcsVisible = visible;
    if (
      !isFirstViewDrawn &&
      container.dataset.mapReady === 'true' &&
      drawn === String(selectArcData(store.getState()).length)
    ) {
      isFirstViewDrawn = true;
      options.onFirstViewDrawn?.();
    }
  };
  const arcs = createArcsOverlay(map, { hookId: ARCS_LAYER_ID, onDrawn: reportDrawn });
  // Arc geometry is built as soon as there is data, while the basemap may still be loading.
  const stopArcData = store.subscribe(selectArcData, (data) => arcs.setData(data), { fireImmediately: true });
  const labels = new LabelsOverlay(map);
  const partnerPoints = new PartnerPoints(arcs);
  let unsync: (() => void) | null = null;
  const stopExports = handleExportRequests(map, arcs, labels, store);

  let stopWaitingForData: (() => void) | null = null;
  // Before the basemap's tiles are in: its frames give the overlay the projection to build its programs for.
  map.once('style.load', () => map.addLayer(arcs.cameraHook));
  map.on('load', () => {
    unsync = syncMapWithStore(map, arcs, labels, partnerPoints, store);
    // The map loads while the data does; it is ready (for tests, for the bench) once it has the data.
    stopWaitingForData = store.subscribe(
      (state) => state.data.kind !== 'loading',
      (hasData) => {
        if (hasData) container.dataset.mapReady = 'true';
      },
      { fireImmediately: true },
    );
  });

  const pickPartner = (event: MapMouseEvent): string | null => {
    const radius =
      event.originalEvent instanceof PointerEvent && event.originalEvent.pointerType === 'touch' ? 16 : 8;
    const partner = arcs.pickPlace('partners', event.point, radius);
    if (partner !== null) return partner;
    if (arcs.pickPlace('hubs', event.point, radius) !== null) return null;
    const index = arcs.pick(event.point, radius);
    if (index === null) return null;
    const link = selectLinks(store.getState())[index];
    return link ? partnerKeyOf(link) : null;
  };

  let hoverFrame = 0;
  map.on('mousemove', (event) => {
    cancelAnimationFrame(hoverFrame);
    hoverFrame = requestAnimationFrame(() => {
      const key = pickPartner(event);
      map.getCanvas().style.cursor = key ? 'pointer' : '';
      if (store.getState().hoveredPartner !== key) store.getState().hoverPartner(key);
    });
  });
  map.on('mouseout', () => store.getState().hoverPartner(null));
  map.on('click', (event) => store.getState().selectPartner(pickPartner(event)));
  map.on('moveend', () => {
    const center = map.getCenter();
    store.getState().setCamera({ center: [center.lng, center.lat], zoom: map.getZoom() });
  });

  return {
    map,
    arcs,
    labels,
    dispose: () => {
      cancelAnimationFrame(hoverFrame);
      stopExports();
      stopWaitingForData?.();
      stopArcData();
      unsync?.();
      labels.dispose();
      map.remove();
      arcs.dispose();
    },
  };
}
