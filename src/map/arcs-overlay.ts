import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ArcPathOptions } from '../geo/great-circle.ts';
import type { ArcDetail, DrawParams } from './arcs/arc-renderer.ts';
import { hairlineVariant } from './arcs/arc-renderer.ts';
import type { ArcShaderVariant } from './arcs/shaders.ts';
import {
  buildHubColors,
  buildHubVisibility,
  countVisibleArcs,
  hubTextureHeight,
  SHOW_ALL,
} from './arcs/arc-filter.ts';
import { filterUniforms } from './arcs/frame-state.ts';
import { buildArcGeometryOffThread, releaseWarmGeometryWorker } from './arcs/geometry-off-thread.ts';
import {
  buildArcGeometry,
  COARSE_BELOW_ZOOM,
  COARSE_PATH_OPTIONS,
  LAYER_PATH_OPTIONS,
  type ArcGeometry,
} from './arcs/geometry-buffers.ts';
import { PICK_LINE_WIDTH } from './arcs/picking.ts';
import type { ArcAppearance, ArcDatum, ArcFilter, ArcsLayerStats, ArcsOverlay } from './arcs/types.ts';
import { createCameraHook } from './overlay/camera-hook.ts';
import { createOverlayCanvas, fitOverlayToMap } from './overlay/overlay-canvas.ts';
import { captureCamera, createOverlayCamera } from './overlay/overlay-camera.ts';
import type { ArcLayerContent } from './overlay/layer-plan.ts';
import type { PulseLayers } from './overlay/pulse-layers.ts';
import {
  createScene,
  drawScene,
  pickArc,
  prepareScene,
  type OverlayScene,
  type PointsParams,
} from './overlay/overlay-scene.ts';
import { PLACE_LOOKS, pointOuterRadius, type PlaceKind, type PointLayout } from './points/point-layout.ts';
import { pickNearestPoint } from './points/point-picking.ts';

export type { ArcAppearance, ArcDatum, ArcFilter, ArcsLayerStats, ArcsOverlay } from './arcs/types.ts';

const DEFAULT_APPEARANCE: ArcAppearance = {
  hubColors: [],
  lineWidth: 1.5,
  flow: false,
  highlightYear: null,
  selected: null,
  hovered: null,
  opacity: 1,
};
/** How long arcs of a newly highlighted year pulse before they settle to a steady emphasis. */
const HIGHLIGHT_PULSE_MS = 3000;
const HIGHLIGHT_PULSE_PERIOD_MS = 800;
const DEFAULT_PICK_RADIUS = 4;
/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD_SIZE_AT_ZOOM_0 = 512;
const PLACE_KINDS: readonly PlaceKind[] = ['partners', 'hubs'];
/**
 * From this many arcs the geometry is built in a worker (whose code loads only then): fewer build here
 * faster than a worker starts.
 */
export const OFF_THREAD_MIN_ARCS = 4000;
/**
 * From this many arcs in view the arcs are drawn as 1-device-pixel lines, the way dense flow maps draw them:
 * a ribbon costs its vertices three projections and its pixels several times a line's, and at tens of
 * thousands of arcs software WebGL takes seconds per frame. Narrowing the selection below it brings the
 * ribbons back; the selected and hovered arcs are always ribbons.
 */
export const HAIRLINES_FROM_ARCS = 5000;
/**
 * From this many arcs in view, the frames of a pulsing year are composited from cached layers of the rest.
 * Below it, drawing every arc again costs less than compositing two canvas-sized layers: in software WebGL,
 * playback of 109 arcs ran at 57 redraws/s drawn whole against 43 layered, 1,000 arcs even, 5,000 at 4.2
 * against 5.6.
 */
export const PULSE_LAYERS_FROM_ARCS = 1000;

export interface ArcsOverlayOptions {
  /** Id of the camera hook's custom layer. */
  hookId: string;
  /** Great-circle sampling; defaults to {@link LAYER_PATH_OPTIONS}. Fewer points draw faster. */
  pathOptions?: ArcPathOptions;
  /** Called after every overlay draw and when its context is lost: what the overlay shows may have changed. */
  onDrawn?: () => void;
}

/** The overlay's canvas over `map`'s, and the camera hook to add to the map once its style has loaded. */
export function createArcsOverlay(map: MapLibreMap, options: ArcsOverlayOptions): ArcsOverlay {
  const pathOptions = options.pathOptions ?? LAYER_PATH_OPTIONS;
  const { canvas, gl } = createOverlayCanvas(map);
  let scene: OverlayScene | null = createScene(gl);
  let arcs: readonly ArcDatum[] = [];
  /** Geometry built but not uploaded yet, by level of detail; each level is built when first drawn. */
  const pendingGeometry = new Map<ArcDetail, ArcGeometry>();
  let arcAttributes: Uint32Array = new Uint32Array(0);
  let extent = { minX: 0, maxX: 1 };
  let filter: ArcFilter = SHOW_ALL;
  let appearance = DEFAULT_APPEARANCE;
  let hubRows = 1;
  const places: Record<PlaceKind, PointLayout | null> = { partners: null, hubs: null };
  const dirty = {
    geometry: false,
    hubVisibility: true,
    hubColors: true,
    places: { partners: null, hubs: null } as Record<PlaceKind, 'layout' | 'styles' | null>,
  };
  const stats: ArcsLayerStats = {
    arcs: 0,
    vertices: 0,
    uploadedBytes: 0,
    lastDrawMs: 0,
    style: 'ribbons',
    drawnFrom: 'scene',
  };
  let highlightStartedAt = 0;
  const camera = createOverlayCamera();
  let hasCamera = false;
  let lastDraw: DrawParams | null = null;
  let lastDrawAt = -Infinity;
  let needsDraw = true;
  let frame = 0;
  /**
   * Nothing is drawn before the map's 'load' (basemap and its tiles in). The camera hook is added as soon as
   * the style is, so the frames before that tell the projection, and the programs are built meanwhile.
   */
  let isMapLoaded = false;
  /** Bumped whenever the camera moves or the canvas is resized; geometry and places count their own changes. */
  let cameraVersion = 0;
  let drawnCameraVersion = -1;
  let geometryVersion = 0;
  let placesVersion = 0;
  /** Cached layers for frames where a year pulses, once their module has loaded; one per context. */
  let pulseLayers: PulseLayers | null = null;
  let PulseLayersOfModule: typeof PulseLayers | null = null;
  let isLoadingPulseLayers = false;

  function updateHubRows() {
    const maxHub = arcs.reduce((max, arc) => Math.max(max, arc.hub), 0);
    const rows = hubTextureHeight(Math.max(maxHub + 1, appearance.hubColors.length));
    if (rows !== hubRows) dirty.hubVisibility = dirty.hubColors = true;
    hubRows = rows;
  }

  /** Counts `setData` calls, so a geometry built off the main thread for older data is dropped. */
  let dataVersion = 0;

  const pathOptionsOf = (detail: ArcDetail) => (detail === 'coarse' ? COARSE_PATH_OPTIONS : pathOptions);

  function buildGeometry(detail: ArcDetail): ArcGeometry {
    return buildArcGeometry(arcs, pathOptionsOf(detail));
  }

  /** Takes `geometry` as the one level built so far; the other is built from `arcs` when first drawn. */
  function adoptGeometry(detail: ArcDetail, geometry: ArcGeometry) {
    pendingGeometry.clear();
    pendingGeometry.set(detail, geometry);
    arcAttributes = geometry.arcAttributes;
    extent = { minX: geometry.minX, maxX: geometry.maxX };
    stats.vertices = geometry.vertexCount;
    dirty.geometry = true;
    geometryVersion++;
    updateHubRows();
    invalidate();
  }

  let visibleCount = { attributes: arcAttributes, arcs: -1, filter, count: 0 };
  /** Arcs the filter lets through, counted again only when the filter or the arcs changed. */
  function countVisible(): number {
    const { attributes, arcs: arcCount, filter: countedFilter } = visibleCount;
    if (attributes !== arcAttributes || arcCount !== stats.arcs || countedFilter !== filter) {
      const count = countVisibleArcs(arcAttributes, stats.arcs, filter);
      visibleCount = { attributes: arcAttributes, arcs: stats.arcs, filter, count };
    }
    return visibleCount.count;
  }

  /** The programs to build ahead: ribbons, and hairlines too for data with enough arcs to be drawn as such. */
  const arcVariantsToPrepare = (): ArcShaderVariant[] =>
    arcs.length >= HAIRLINES_FROM_ARCS ? ['ribbons', hairlineVariant(appearance.flow)] : ['ribbons'];

  function detailAt(zoom: number): ArcDetail {
    return zoom < COARSE_BELOW_ZOOM ? 'coarse' : 'fine';
  }

  /** Uploads whatever changed since the last draw, and the geometry at the level of detail `detail`. */
  function flushUploads(target: OverlayScene, detail: ArcDetail) {
    if (dirty.geometry) {
      target.arcs.clearGeometry();
      dirty.geometry = false;
    }
    if (!target.arcs.hasGeometry(detail)) {
      const geometry = pendingGeometry.get(detail) ?? buildGeometry(detail);
      const withHairlines = geometry.arcCount >= HAIRLINES_FROM_ARCS;
      stats.uploadedBytes = target.arcs.uploadGeometry(geometry, detail, withHairlines);
      stats.arcs = geometry.arcCount;
      pendingGeometry.delete(detail); // the renderer has it now
    }
    if (dirty.hubVisibility)
      target.arcs.uploadHubTexture('visibility', buildHubVisibility(filter.hubs, hubRows), hubRows);
    if (dirty.hubColors)
      target.arcs.uploadHubTexture('colors', buildHubColors(appearance.hubColors, hubRows), hubRows);
    dirty.hubVisibility = dirty.hubColors = false;
    for (const kind of PLACE_KINDS) {
      const layout = places[kind];
      if (layout && dirty.places[kind]) target.points.upload(kind, layout, dirty.places[kind] === 'styles');
      dirty.places[kind] = null;
    }
  }

  function highlightStrength(now: number): number {
    const elapsed = now - highlightStartedAt;
    if (appearance.highlightYear === null || elapsed >= HIGHLIGHT_PULSE_MS) return 1;
    return 0.5 + 0.5 * Math.cos((2 * Math.PI * elapsed) / HIGHLIGHT_PULSE_PERIOD_MS);
  }

  const isAnimating = (now: number) =>
    appearance.flow || (appearance.highlightYear !== null && now - highlightStartedAt < HIGHLIGHT_PULSE_MS);

  function emphasised(): DrawParams['emphasised'] {
    const list: Array<{ arc: number; widthScale: number }> = [];
    const { hovered, selected } = appearance;
    if (hovered !== null && hovered !== selected) list.push({ arc: hovered, widthScale: 1.6 });
    if (selected !== null) list.push({ arc: selected, widthScale: 2.2 });
    return list;
  }

  function draw() {
    const current = scene;
    if (!current || !hasCamera || !isMapLoaded || gl.isContextLost()) return;
    const startedAt = performance.now();
    fitOverlayToMap(canvas, map.getCanvas());
    const detail = detailAt(camera.zoom);
    flushUploads(current, detail);
    const pixelRatio = map.getPixelRatio();
    lastDraw = {
      projection: camera.projection,
      detail,
      worldOffsets: camera.arcOffsets,
      viewportSize: [gl.drawingBufferWidth, gl.drawingBufferHeight],
      lineWidthPx: appearance.lineWidth * pixelRatio,
      alongToPx: WORLD_SIZE_AT_ZOOM_0 * 2 ** camera.zoom * pixelRatio,
      filter: filterUniforms(filter),
      highlightYear: appearance.highlightYear ?? 0,
      highlightStrength: highlightStrength(startedAt),
      timeSeconds: (startedAt / 1000) % 10_000,
      flow: appearance.flow,
      opacity: appearance.opacity,
      emphasised: emphasised(),
      hairlines: countVisible() >= HAIRLINES_FROM_ARCS,
    };
    stats.style = lastDraw.hairlines ? 'hairlines' : 'ribbons';
    const points = { zoom: camera.zoom, pixelRatio, worldOffsets: camera.pointOffsets };
    // While a year pulses over many arcs the rest stays in cached layers, unless the camera moves, which would
    // spoil them anyway.
    const isCameraStill = drawnCameraVersion === cameraVersion;
    drawnCameraVersion = cameraVersion;
    const isPulsing = lastDraw.highlightYear !== 0 && !lastDraw.flow;
    const layers = isPulsing && countVisible() >= PULSE_LAYERS_FROM_ARCS ? loadedPulseLayers() : null;
    stats.drawnFrom = layers && isCameraStill ? 'layers' : 'scene';
    if (layers && isCameraStill) drawFromLayers(layers, current, lastDraw, points);
    else {
      pulseLayers?.forget(lastDraw.highlightYear === 0);
      drawScene(gl, current, lastDraw, points);
    }
    needsDraw = false;
    uploadWaitingRibbonsWhenIdle(current);
    lastDrawAt = performance.now();
    stats.lastDrawMs = lastDrawAt - startedAt;
    // Animate only while something moves: an idle kiosk must not keep redrawing.
    if (isAnimating(lastDrawAt)) scheduleDraw();
    options.onDrawn?.();
  }

  let isRibbonUploadScheduled = false;
  /**
   * The ribbons a first frame of hairlines went without go up once it is drawn, at an idle moment (or
   * before, if a draw needs them): a hover or a closer look then finds them there.
   */
  function uploadWaitingRibbonsWhenIdle(target: OverlayScene) {
    if (isRibbonUploadScheduled || !target.arcs.hasWaitingRibbons()) return;
    isRibbonUploadScheduled = true;
    const upload = () => {
      isRibbonUploadScheduled = false;
      if (scene === target && !gl.isContextLost()) stats.uploadedBytes += target.arcs.uploadWaitingRibbons();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(upload, { timeout: 1000 });
    else setTimeout(upload, 100);
  }

  /**
   * The pulse layers, or null while their module loads, or if it cannot (offline before the service worker
   * had it): frames are then drawn directly, which shows the same.
   */
  function loadedPulseLayers(): PulseLayers | null {
    if (!pulseLayers && PulseLayersOfModule) pulseLayers = new PulseLayersOfModule(gl);
    if (pulseLayers || isLoadingPulseLayers) return pulseLayers;
    isLoadingPulseLayers = true;
    import('./overlay/pulse-layers.ts').then(
      (module) => {
        PulseLayersOfModule = module.PulseLayers;
        invalidate();
      },
      () => undefined,
    );
    return null;
  }

  function drawFromLayers(
    layers: PulseLayers,
    current: OverlayScene,
    params: DrawParams,
    points: PointsParams,
  ) {
    const { filter: shaderFilter } = params;
    const size = { width: gl.drawingBufferWidth, height: gl.drawingBufferHeight };
    const next: ArcLayerContent = {
      key: {
        ...size,
        camera: cameraVersion,
        geometry: geometryVersion,
        detail: params.detail,
        hairlines: params.hairlines,
        lineWidth: params.lineWidthPx,
        opacity: params.opacity,
        hubColors: appearance.hubColors,
        hubs: filter.hubs,
        yearMin: shaderFilter.yearRange[0],
        includeUndated: shaderFilter.includeUndated,
        regionMask: filter.regionMask,
        relationMask: filter.relationMask,
        levelMask: filter.levelMask,
      },
      highlightYear: params.highlightYear,
      yearMax: shaderFilter.yearRange[1],
    };
    const pointsKey = {
      ...size,
      camera: cameraVersion,
      places: placesVersion,
      pixelRatio: points.pixelRatio,
    };
    layers.draw(current, params, points, next, pointsKey);
  }

  function onAnimationFrame(frameTime: number) {
    frame = 0;
    if (needsDraw) return draw();
    if (!isAnimating(frameTime)) return;
    // While the camera moves MapLibre draws every frame, and the camera hook redraws the overlay with it;
    // and it may already have done so in this frame.
    if (map.isMoving() || lastDrawAt >= frameTime) scheduleDraw();
    else draw();
  }

  /** Redraws the overlay alone, in the next animation frame, with the last camera: the basemap stays as it is. */
  function scheduleDraw() {
    if (!frame) frame = requestAnimationFrame(onAnimationFrame);
  }

  function invalidate() {
    needsDraw = true;
    scheduleDraw();
  }

  const cameraHook = createCameraHook(options.hookId, (input) => {
    const isCameraChanged = captureCamera(camera, map, input, extent.minX, extent.maxX);
    if (isCameraChanged) cameraVersion++;
    hasCamera = true;
    if (!isMapLoaded) return scene && prepareScene(scene, camera.projection, arcVariantsToPrepare());
    if (isCameraChanged || needsDraw || isAnimating(performance.now())) draw();
  });

  // MapLibre draws a frame after every resize; the camera hook redraws the overlay in it.
  const onResize = () => {
    fitOverlayToMap(canvas, map.getCanvas());
    cameraVersion++;
    needsDraw = true;
  };
  const onContextLost = (event: Event) => {
    event.preventDefault(); // without it the browser never restores the context
    scene = null;
    // Its GL objects went with the context; a restored one gets new layers when a year pulses again.
    pulseLayers = null;
    lastDraw = null;
    stats.arcs = 0;
    cancelAnimationFrame(frame);
    frame = 0;
    options.onDrawn?.();
  };
  const onContextRestored = () => {
    scene = createScene(gl);
    dirty.geometry = true;
    dirty.hubVisibility = dirty.hubColors = true;
    for (const kind of PLACE_KINDS) dirty.places[kind] = 'layout';
    invalidate();
  };
  map.once('load', () => {
    isMapLoaded = true;
    invalidate();
  });
  map.on('resize', onResize);
  canvas.addEventListener('webglcontextlost', onContextLost);
  canvas.addEventListener('webglcontextrestored', onContextRestored);

  return {
    cameraHook,
    canvas,

    setData(next) {
      arcs = next;
      const version = ++dataVersion;
      // The hairlines' program compiles while the geometry is being built.
      if (scene && hasCamera) scene.arcs.prepare(camera.projection, arcVariantsToPrepare());
      // The level the current view draws is built now, for the per-arc attributes and the extent.
      const detail = detailAt(hasCamera ? camera.zoom : map.getZoom());
      if (next.length < OFF_THREAD_MIN_ARCS) {
        if (next.length > 0) releaseWarmGeometryWorker();
        return adoptGeometry(detail, buildGeometry(detail));
      }
      // Nothing of the old data is drawn, picked or counted while the new geometry is being built.
      adoptGeometry(detail, buildArcGeometry([], pathOptions));
      // The worker starts now: its own module loads on its thread while this one lays out the page.
      void buildArcGeometryOffThread(next, pathOptionsOf(detail))
        // No worker (refused, or none in this browser): the same geometry, built here.
        .catch(() => buildArcGeometry(next, pathOptionsOf(detail)))
        .then((built) => {
          if (version === dataVersion) adoptGeometry(detail, built);
        });
    },

    setFilter(next) {
      if (next.hubs !== filter.hubs) dirty.hubVisibility = true;
      filter = next;
      invalidate();
    },

    setAppearance(changes) {
      if (changes.highlightYear !== undefined && changes.highlightYear !== appearance.highlightYear) {
        highlightStartedAt = performance.now();
      }
      if (changes.hubColors !== undefined && changes.hubColors !== appearance.hubColors)
        dirty.hubColors = true;
      appearance = { ...appearance, ...changes };
      updateHubRows();
      invalidate();
    },

    setPlaces(kind, layout) {
      const isSameLayout = places[kind] === layout && dirty.places[kind] !== 'layout';
      dirty.places[kind] = isSameLayout ? 'styles' : 'layout';
      places[kind] = layout;
      placesVersion++;
      invalidate();
    },

    countVisible,

    pick(point, radiusPx = DEFAULT_PICK_RADIUS) {
      const target = scene;
      const drawn = lastDraw;
      if (!target || !drawn || gl.isContextLost()) return null;
      const scale = gl.drawingBufferWidth / Math.max(1, map.getCanvas().clientWidth);
      const pickWidth = Math.max(drawn.lineWidthPx, PICK_LINE_WIDTH * map.getPixelRatio());
      flushUploads(target, drawn.detail);
      return pickArc(
        gl,
        target,
        { ...drawn, lineWidthPx: pickWidth, filter: filterUniforms(filter) },
        { x: Math.round(point.x * scale), y: gl.drawingBufferHeight - 1 - Math.round(point.y * scale) },
        Math.max(0, Math.round(radiusPx * scale)),
      );
    },

    pickPlace(kind, point, radiusPx) {
      const layout = places[kind];
      if (!layout || !scene || !hasCamera) return null;
      const mapCanvas = map.getCanvas();
      const zoom = camera.zoom;
      return pickNearestPoint({
        layout,
        projection: camera.projection,
        worldOffsets: camera.pointOffsets,
        width: mapCanvas.clientWidth,
        height: mapCanvas.clientHeight,
        pointer: point,
        searchRadius: radiusPx,
        outerRadius: (flags) => pointOuterRadius(PLACE_LOOKS[kind], zoom, flags),
      });
    },

    drawNow: draw,

    getStats() {
      return { ...stats };
    },

    dispose() {
      cancelAnimationFrame(frame);
      map.off('resize', onResize);
      canvas.removeEventListener('webglcontextlost', onContextLost);
      canvas.removeEventListener('webglcontextrestored', onContextRestored);
      scene?.dispose();
      scene = null;
      pulseLayers?.dispose();
      pulseLayers = null;
      // Free the context now rather than when it is collected: browsers allow only a few at a time.
      gl.getExtension('WEBGL_lose_context')?.loseContext();
      canvas.remove();
    },
  };
}
