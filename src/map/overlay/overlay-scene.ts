import { ArcRenderer, type DrawParams } from '../arcs/arc-renderer.ts';
import type { ArcShaderVariant } from '../arcs/shaders.ts';
import { nearestPickedArc, PickTarget } from '../arcs/picking.ts';
import { PLACE_LOOKS, pointRadius, type PlaceKind } from '../points/point-layout.ts';
import { PointRenderer } from '../points/point-renderer.ts';
import type { Rgb } from '../../state/hub-colors.ts';

/** Every GL object of the overlay, for one context: built again from kept data after a context loss. */
export interface OverlayScene {
  arcs: ArcRenderer;
  points: PointRenderer;
  pickTarget: PickTarget;
  dispose(): void;
}

export function createScene(gl: WebGL2RenderingContext): OverlayScene {
  const arcs = new ArcRenderer(gl);
  const points = new PointRenderer(gl);
  const pickTarget = new PickTarget(gl);
  return {
    arcs,
    points,
    pickTarget,
    dispose() {
      arcs.dispose();
      points.dispose();
      pickTarget.dispose();
    },
  };
}

/** Starts building the programs that draw with `projection`, before there is anything to draw. */
export function prepareScene(
  scene: OverlayScene,
  projection: DrawParams['projection'],
  arcVariants: readonly ArcShaderVariant[],
) {
  scene.arcs.prepare(projection, arcVariants);
  scene.points.prepare(projection);
}

const unit = (rgb: Rgb) => [rgb[0] / 255, rgb[1] / 255, rgb[2] / 255] as const;

/** Partners over the arcs, hubs over both. */
const POINT_ORDER: readonly PlaceKind[] = ['partners', 'hubs'];

export interface PointsParams {
  zoom: number;
  pixelRatio: number;
  worldOffsets: readonly number[];
}

/** Binds the canvas' own framebuffer, cleared, with premultiplied-alpha blending. */
export function beginFrame(gl: WebGL2RenderingContext) {
  gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  gl.viewport(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight);
  gl.clearColor(0, 0, 0, 0);
  gl.clear(gl.COLOR_BUFFER_BIT);
  gl.enable(gl.BLEND);
  gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
}

export function drawPoints(scene: OverlayScene, arcs: DrawParams, points: PointsParams) {
  const { pixelRatio } = points;
  for (const kind of POINT_ORDER) {
    const look = PLACE_LOOKS[kind];
    scene.points.draw(kind, {
      projection: arcs.projection,
      worldOffsets: points.worldOffsets,
      viewportSize: arcs.viewportSize,
      radiusPx: pointRadius(look, points.zoom) * pixelRatio,
      strokeWidthPx: look.strokeWidth * pixelRatio,
      ringWidthPx: look.ringWidth * pixelRatio,
      strokeColor: unit(look.strokeColor),
      ringColor: unit(look.ringColor),
    });
  }
}

/** Clears the overlay's canvas and draws the arcs, then the points, with premultiplied alpha. */
export function drawScene(
  gl: WebGL2RenderingContext,
  scene: OverlayScene,
  arcs: DrawParams,
  points: PointsParams,
) {
  beginFrame(gl);
  scene.arcs.draw(arcs);
  drawPoints(scene, arcs, points);
}

/**
 * Index of the arc drawn nearest `centre` (drawing-buffer pixels, bottom-up) within `radius` pixels of it, or
 * null: only that square of the pick buffer is cleared, drawn with arc ids and read back. The overlay's context
 * is its own and every draw sets the state it needs, so nothing is restored afterwards.
 */
export function pickArc(
  gl: WebGL2RenderingContext,
  scene: OverlayScene,
  arcs: DrawParams,
  centre: { x: number; y: number },
  radius: number,
): number | null {
  const size = 2 * radius + 1;
  const [x, y] = [centre.x - radius, centre.y - radius];
  const pixels = new Uint8Array(size * size * 4);
  scene.pickTarget.bind();
  gl.disable(gl.BLEND);
  gl.enable(gl.SCISSOR_TEST);
  gl.scissor(x, y, size, size);
  gl.clearColor(0, 0, 0, 0);
  gl.clear(gl.COLOR_BUFFER_BIT);
  scene.arcs.draw(arcs, true);
  gl.readPixels(x, y, size, size, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
  gl.disable(gl.SCISSOR_TEST);
  return nearestPickedArc(pixels, size);
}
