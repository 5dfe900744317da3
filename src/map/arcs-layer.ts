import type { CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { ArcRenderer, type DrawParams } from './arcs/arc-renderer.ts';
import {
  buildHubColors,
  buildHubVisibility,
  countVisibleArcs,
  hubTextureHeight,
  SHOW_ALL,
} from './arcs/arc-filter.ts';
import { ContextLossGuard } from './arcs/context-restore.ts';
import { captureFrameProjection, createFrameProjection, filterUniforms } from './arcs/frame-state.ts';
import { buildArcGeometry, LAYER_PATH_OPTIONS, type ArcGeometry } from './arcs/geometry-buffers.ts';
import type { ArcPathOptions } from '../geo/great-circle.ts';
import { nearestPickedArc, PICK_LINE_WIDTH, PickTarget, withRestoredGlState } from './arcs/picking.ts';
import type { ArcAppearance, ArcDatum, ArcFilter, ArcsLayer, ArcsLayerStats } from './arcs/types.ts';
import { selectWorldCopies } from './arcs/world-copies.ts';

export type { ArcAppearance, ArcDatum, ArcFilter, ArcsLayer, ArcsLayerStats } from './arcs/types.ts';

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
/**
 * From this many arcs the geometry is built in a worker (whose code loads only then): fewer build here
 * faster than a worker starts.
 */
export const OFF_THREAD_MIN_ARCS = 4000;

export interface ArcsLayerOptions {
  /** Great-circle sampling; defaults to {@link LAYER_PATH_OPTIONS}. Fewer points draw faster. */
  pathOptions?: ArcPathOptions;
}

export function createArcsLayer(id: string, options: ArcsLayerOptions = {}): ArcsLayer {
  const pathOptions = options.pathOptions ?? LAYER_PATH_OPTIONS;
  let map: MapLibreMap | null = null;
  let context: WebGL2RenderingContext | null = null;
  let renderer: ArcRenderer | null = null;
  let pickTarget: PickTarget | null = null;
  let arcs: readonly ArcDatum[] = [];
  let pendingGeometry: ArcGeometry | null = null;
  let arcAttributes: Uint32Array = new Uint32Array(0);
  let extent = { minX: 0, maxX: 1 };
  let filter: ArcFilter = SHOW_ALL;
  let appearance = DEFAULT_APPEARANCE;
  let hubRows = 1;
  /** Counts `setData` calls, so a geometry built off the main thread for older data is dropped. */
  let dataVersion = 0;
  const dirty = { geometry: false, hubVisibility: true, hubColors: true };
  const stats: ArcsLayerStats = { arcs: 0, vertices: 0, uploadedBytes: 0, lastDrawMs: 0 };
  let highlightStartedAt = 0;
  let lastDraw: DrawParams | null = null;
  const frameProjection = createFrameProjection();

  function updateHubRows() {
    const maxHub = arcs.reduce((max, arc) => Math.max(max, arc.hub), 0);
    const rows = hubTextureHeight(Math.max(maxHub + 1, appearance.hubColors.length));
    if (rows !== hubRows) dirty.hubVisibility = dirty.hubColors = true;
    hubRows = rows;
  }

  function repaint() {
    map?.triggerRepaint();
  }

  function adoptGeometry(geometry: ArcGeometry) {
    pendingGeometry = geometry;
    arcAttributes = geometry.arcAttributes;
    extent = { minX: geometry.minX, maxX: geometry.maxX };
    stats.vertices = geometry.vertexCount;
    dirty.geometry = true;
    updateHubRows();
    repaint();
  }

  /** Uploads whatever changed since the last frame; GL work only happens inside render or pick. */
  function flushUploads(gl: WebGL2RenderingContext, target: ArcRenderer) {
    gl.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
    gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, false);
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
    if (dirty.geometry) {
      const geometry = pendingGeometry ?? buildArcGeometry(arcs, pathOptions);
      stats.uploadedBytes = target.uploadGeometry(geometry);
      stats.arcs = geometry.arcCount;
      pendingGeometry = null; // the vertex and index arrays live on the GPU only from here on
      dirty.geometry = false;
    }
    if (dirty.hubVisibility)
      target.uploadHubTexture('visibility', buildHubVisibility(filter.hubs, hubRows), hubRows);
    if (dirty.hubColors)
      target.uploadHubTexture('colors', buildHubColors(appearance.hubColors, hubRows), hubRows);
    dirty.hubVisibility = dirty.hubColors = false;
  }

  function highlightStrength(now: number): { strength: number; isAnimating: boolean } {
    const elapsed = now - highlightStartedAt;
    if (appearance.highlightYear === null || elapsed >= HIGHLIGHT_PULSE_MS)
      return { strength: 1, isAnimating: false };
    return {
      strength: 0.5 + 0.5 * Math.cos((2 * Math.PI * elapsed) / HIGHLIGHT_PULSE_PERIOD_MS),
      isAnimating: true,
    };
  }

  function worldOffsets(currentMap: MapLibreMap): number[] {
    const isFullyGlobe =
      frameProjection.shader.variantName === 'globe' && frameProjection.transition >= 0.999;
    // On the globe x wraps around the sphere by itself; extra copies would draw every arc twice.
    if (isFullyGlobe || !currentMap.getRenderWorldCopies()) return [0];
    const bounds = currentMap.getBounds();
    const viewMinX = (bounds.getWest() + 180) / 360;
    const viewMaxX = (bounds.getEast() + 180) / 360;
    return selectWorldCopies(extent.minX, extent.maxX, viewMinX, viewMaxX);
  }

  function emphasised(): DrawParams['emphasised'] {
    const list: Array<{ arc: number; widthScale: number }> = [];
    const { hovered, selected } = appearance;
    if (hovered !== null && hovered !== selected) list.push({ arc: hovered, widthScale: 1.6 });
    if (selected !== null) list.push({ arc: selected, widthScale: 2.2 });
    return list;
  }

  const layer: ArcsLayer = {
    id,
    type: 'custom',
    renderingMode: '2d',

    onAdd(addedTo, gl) {
      map = addedTo;
      context = gl;
      renderer = new ArcRenderer(gl);
      pickTarget = new PickTarget(gl);
      dirty.geometry = arcs.length > 0;
      dirty.hubVisibility = dirty.hubColors = true;
      guard.attach(addedTo);
    },

    onRemove(removedFrom, gl) {
      renderer?.dispose();
      pickTarget?.dispose();
      renderer = pickTarget = null;
      lastDraw = null;
      stats.arcs = 0; // nothing of it is on the GPU any more (a context loss ends up here too)
      guard.noteRemoved(removedFrom, gl);
      map = null;
      context = null;
    },

    render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput) {
      if (!renderer || !map) return;
      const startedAt = performance.now();
      flushUploads(gl, renderer);
      captureFrameProjection(frameProjection, options);
      const highlight = highlightStrength(startedAt);
      const pixelRatio = map.getPixelRatio();
      lastDraw = {
        projection: frameProjection,
        worldOffsets: worldOffsets(map),
        viewportSize: [gl.drawingBufferWidth, gl.drawingBufferHeight],
        lineWidthPx: appearance.lineWidth * pixelRatio,
        alongToPx: WORLD_SIZE_AT_ZOOM_0 * 2 ** map.getZoom() * pixelRatio,
        filter: filterUniforms(filter),
        highlightYear: appearance.highlightYear ?? 0,
        highlightStrength: highlight.strength,
        timeSeconds: (startedAt / 1000) % 10_000,
        flow: appearance.flow,
        opacity: appearance.opacity,
        emphasised: emphasised(),
      };
      gl.enable(gl.BLEND);
      gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
      gl.disable(gl.DEPTH_TEST);
      gl.disable(gl.STENCIL_TEST);
      gl.disable(gl.CULL_FACE);
      renderer.draw(lastDraw);
      // Animate only while something moves: an idle kiosk must not keep redrawing.
      if (appearance.flow || highlight.isAnimating) map.triggerRepaint();
      stats.lastDrawMs = performance.now() - startedAt;
    },

    setData(next) {
      arcs = next;
      const version = ++dataVersion;
      if (next.length < OFF_THREAD_MIN_ARCS) return adoptGeometry(buildArcGeometry(next, pathOptions));
      // Nothing of the old data is drawn, picked or counted while the new geometry is being built.
      adoptGeometry(buildArcGeometry([], pathOptions));
      void import('./arcs/geometry-off-thread.ts')
        .then(({ buildArcGeometryOffThread }) => buildArcGeometryOffThread(next, pathOptions))
        // No worker (refused, or none in this browser): the same geometry, built here.
        .catch(() => buildArcGeometry(next, pathOptions))
        .then((built) => {
          if (version === dataVersion) adoptGeometry(built);
        });
    },

    setFilter(next) {
      if (next.hubs !== filter.hubs) dirty.hubVisibility = true;
      filter = next;
      repaint();
    },

    setAppearance(changes) {
      if (changes.highlightYear !== undefined && changes.highlightYear !== appearance.highlightYear) {
        highlightStartedAt = performance.now();
      }
      if (changes.hubColors !== undefined && changes.hubColors !== appearance.hubColors)
        dirty.hubColors = true;
      appearance = { ...appearance, ...changes };
      updateHubRows();
      repaint();
    },

    countVisible() {
      return countVisibleArcs(arcAttributes, stats.arcs, filter);
    },

    pick(point, radiusPx = DEFAULT_PICK_RADIUS) {
      const gl = context;
      if (!map || !renderer || !pickTarget || !lastDraw || !gl || gl.isContextLost()) return null;
      const scale = gl.drawingBufferWidth / Math.max(1, map.getCanvas().clientWidth);
      const radius = Math.max(0, Math.round(radiusPx * scale));
      const size = 2 * radius + 1;
      const x = Math.round(point.x * scale) - radius;
      const y = gl.drawingBufferHeight - 1 - Math.round(point.y * scale) - radius;
      const pixels = new Uint8Array(size * size * 4);
      const drawn = lastDraw;
      const pixelRatio = map.getPixelRatio();
      const target = pickTarget;
      const activeRenderer = renderer;
      withRestoredGlState(gl, () => {
        flushUploads(gl, activeRenderer);
        target.bind();
        gl.disable(gl.BLEND);
        gl.disable(gl.DEPTH_TEST);
        gl.disable(gl.STENCIL_TEST);
        gl.disable(gl.CULL_FACE);
        gl.colorMask(true, true, true, true);
        // Only the square around the point is cleared and shaded.
        gl.enable(gl.SCISSOR_TEST);
        gl.scissor(x, y, size, size);
        gl.clearColor(0, 0, 0, 0);
        gl.clear(gl.COLOR_BUFFER_BIT);
        const pickWidth = Math.max(drawn.lineWidthPx, PICK_LINE_WIDTH * pixelRatio);
        activeRenderer.draw({ ...drawn, lineWidthPx: pickWidth, filter: filterUniforms(filter) }, true);
        gl.readPixels(x, y, size, size, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
      });
      return nearestPickedArc(pixels, size);
    },

    getStats() {
      return { ...stats };
    },
  };
  const guard = new ContextLossGuard(layer);
  return layer;
}
