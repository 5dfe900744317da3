import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ArcsOverlay } from '../arcs-overlay.ts';
import type { LabelsOverlay } from '../labels-overlay.ts';
import type { ExportFrame } from './export-frame.ts';

export interface CapturedMap {
  /** The map's pixels, top row first, at the drawing buffer's size. */
  mapImage: ImageData;
  /** The arcs and points drawn for that same frame, at the same size (a copy: the live overlay redraws). */
  arcs: HTMLCanvasElement;
  /** The place labels at the same size (a copy too). */
  labels: HTMLCanvasElement;
}

type CapturedFrame = Omit<CapturedMap, 'labels'>;

/** Reads the frame just drawn; inside MapLibre's `render` event the drawing buffer still holds it. */
function readDrawingBuffer(map: MapLibreMap): ImageData {
  const gl = map.getCanvas().getContext('webgl2');
  if (!gl) throw new Error('no WebGL2 context');
  const width = gl.drawingBufferWidth;
  const height = gl.drawingBufferHeight;
  const bottomUp = new Uint8Array(width * height * 4);
  const bound = gl.getParameter(gl.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
  gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, bottomUp);
  // MapLibre caches GL state; leave the binding as it was.
  gl.bindFramebuffer(gl.FRAMEBUFFER, bound);
  const image = new ImageData(width, height);
  const rowBytes = width * 4;
  for (let row = 0; row < height; row += 1) {
    const source = (height - 1 - row) * rowBytes;
    image.data.set(bottomUp.subarray(source, source + rowBytes), row * rowBytes);
  }
  return image;
}

function copyCanvas(source: HTMLCanvasElement): HTMLCanvasElement {
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  copy.getContext('2d')?.drawImage(source, 0, 0);
  return copy;
}

/**
 * The next frame drawn with the style and every source loaded, and the overlay drawn again in the same task:
 * its camera hook has just taken this frame's projection, and its drawing buffer is only readable until the
 * task ends.
 */
function captureNextCompleteFrame(
  map: MapLibreMap,
  arcs: ArcsOverlay,
  timeoutMs: number,
): Promise<CapturedFrame> {
  return new Promise((resolve, reject) => {
    const onRender = () => {
      if (!map.loaded() || !map.areTilesLoaded()) return;
      map.off('render', onRender);
      clearTimeout(timer);
      try {
        const mapImage = readDrawingBuffer(map);
        arcs.drawNow();
        resolve({ mapImage, arcs: copyCanvas(arcs.canvas) });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const timer = setTimeout(() => {
      map.off('render', onRender);
      reject(new Error('the map did not finish drawing'));
    }, timeoutMs);
    map.on('render', onRender);
    map.triggerRepaint();
  });
}

/** Shows `frame` where the map is, so the audience sees a still map while the real one is away being resized. */
function showStill(container: HTMLElement, frame: CapturedFrame): () => void {
  const still = document.createElement('canvas');
  still.width = frame.mapImage.width;
  still.height = frame.mapImage.height;
  const context = still.getContext('2d');
  context?.putImageData(frame.mapImage, 0, 0);
  context?.drawImage(frame.arcs, 0, 0);
  still.setAttribute('aria-hidden', 'true');
  Object.assign(still.style, { position: 'absolute', inset: '0', width: '100%', height: '100%' });
  container.after(still);
  return () => still.remove();
}

/**
 * Captures the live map at the frame's size: as it is for the screen size; otherwise the map is moved out
 * of sight (a still of it stays in place), resized and drawn at the frame's pixel ratio, read in the render
 * callback, and put back. Reusing the live map's WebGL context avoids compiling every shader again.
 */
export async function captureLiveMap(
  map: MapLibreMap,
  arcs: ArcsOverlay,
  labels: LabelsOverlay,
  frame: ExportFrame,
  timeoutMs = 60_000,
): Promise<CapturedMap> {
  const container = map.getContainer();
  const isScreenSize =
    frame.cssWidth === container.clientWidth &&
    frame.cssHeight === container.clientHeight &&
    frame.pixelRatio === map.getPixelRatio();
  const capture = async () => {
    const captured = await captureNextCompleteFrame(map, arcs, timeoutMs);
    labels.draw({ forExport: true });
    return { ...captured, labels: copyCanvas(labels.element) };
  };
  if (isScreenSize)
    try {
      return await capture();
    } finally {
      labels.draw();
    }

  const removeStill = showStill(container, await captureNextCompleteFrame(map, arcs, timeoutMs));
  const { center, zoom } = { center: map.getCenter(), zoom: map.getZoom() };
  const style = container.style.cssText;
  Object.assign(container.style, {
    position: 'fixed',
    inset: 'auto',
    left: '0',
    top: '0',
    width: `${frame.cssWidth}px`,
    height: `${frame.cssHeight}px`,
    visibility: 'hidden',
  });
  try {
    map.setPixelRatio(frame.pixelRatio);
    map.jumpTo({ center, zoom });
    return await capture();
  } finally {
    container.style.cssText = style;
    // null hands the pixel ratio back to devicePixelRatio (documented; the typings only allow a number).
    map.setPixelRatio(null as unknown as number);
    map.jumpTo({ center, zoom });
    labels.draw();
    removeStill();
  }
}
