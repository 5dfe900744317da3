import type { Map as MapLibreMap } from 'maplibre-gl';

/** The parts of a canvas that sizing reads and writes; plain objects in tests. */
export interface SizedCanvas {
  width: number;
  height: number;
  style: { width: string; height: string };
}

/**
 * Gives the overlay the map canvas' drawing-buffer size (MapLibre's CSS size × pixel ratio, already clamped to
 * its largest canvas) and CSS size, so the two line up pixel for pixel. Returns whether the drawing buffer
 * changed: that clears it, so it is only assigned when it differs.
 */
export function fitOverlayToMap(overlay: SizedCanvas, mapCanvas: SizedCanvas): boolean {
  const isResized = overlay.width !== mapCanvas.width || overlay.height !== mapCanvas.height;
  if (overlay.width !== mapCanvas.width) overlay.width = mapCanvas.width;
  if (overlay.height !== mapCanvas.height) overlay.height = mapCanvas.height;
  if (overlay.style.width !== mapCanvas.style.width) overlay.style.width = mapCanvas.style.width;
  if (overlay.style.height !== mapCanvas.style.height) overlay.style.height = mapCanvas.style.height;
  return isResized;
}

/**
 * A transparent canvas with its own WebGL2 context, stacked right over MapLibre's canvas (so under the labels
 * canvas that follows it) and letting every pointer event through to the map.
 */
export function createOverlayCanvas(map: MapLibreMap): {
  canvas: HTMLCanvasElement;
  gl: WebGL2RenderingContext;
} {
  const canvas = document.createElement('canvas');
  canvas.dataset.arcsCanvas = '';
  canvas.setAttribute('aria-hidden', 'true');
  Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none' });
  map.getCanvas().after(canvas);
  fitOverlayToMap(canvas, map.getCanvas());
  const gl = canvas.getContext('webgl2', {
    alpha: true,
    premultipliedAlpha: true,
    antialias: false,
    depth: false,
    stencil: false,
    preserveDrawingBuffer: false,
  });
  if (!gl) throw new Error('arcs overlay: WebGL2 is not available');
  return { canvas, gl };
}
