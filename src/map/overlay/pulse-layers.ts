import type { DrawParams, DrawPart } from '../arcs/arc-renderer.ts';
import { shallow } from 'zustand/shallow';
import { planArcLayer, type ArcLayerContent, type ArcLayerStep } from './layer-plan.ts';
import { OverlayLayers } from './overlay-layers.ts';
import { beginFrame, drawPoints, type OverlayScene, type PointsParams } from './overlay-scene.ts';

// Loaded the first time a year pulses (playback, the kiosk tour): the first view does without it.

const yearsOnly = (first: number, last: number): DrawPart => ({
  years: [first, last],
  withUndated: false,
  withEmphasised: false,
});

/**
 * The picture `drawScene` (overlay-scene.ts) draws, from the cached layers, with the arcs of
 * `arcs.highlightYear` (and the emphasised ones) drawn live between them: the arcs layer is redrawn or
 * extended as `arcStep` says, and the points layer redrawn when `isPointsStale`.
 */
function drawLayered(
  gl: WebGL2RenderingContext,
  scene: OverlayScene,
  layers: OverlayLayers,
  arcs: DrawParams,
  points: PointsParams,
  plan: { arcStep: ArcLayerStep; isPointsStale: boolean },
) {
  const highlight = arcs.highlightYear;
  gl.enable(gl.BLEND);
  gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
  const { arcStep } = plan;
  if (arcStep.kind === 'redraw') {
    layers.bind('arcs', true);
    scene.arcs.draw(arcs, false, { ...yearsOnly(1, highlight - 1), withUndated: true });
    scene.arcs.draw(arcs, false, yearsOnly(highlight + 1, 0xffff));
  } else if (arcStep.kind === 'extend') {
    layers.bind('arcs', false);
    scene.arcs.draw(arcs, false, yearsOnly(arcStep.fromYear, highlight - 1));
  }
  if (plan.isPointsStale) {
    layers.bind('points', true);
    drawPoints(scene, arcs, points);
  }
  beginFrame(gl);
  layers.composite('arcs');
  scene.arcs.draw(arcs, false, { ...yearsOnly(highlight, highlight), withEmphasised: true });
  layers.composite('points');
}

/** The cached layers of one context and what they hold: a frame draws from them while a year pulses. */
export class PulseLayers {
  private readonly layers: OverlayLayers;
  private arcLayer: ArcLayerContent | null = null;
  private pointLayerKey: Readonly<Record<string, unknown>> | null = null;

  constructor(private readonly gl: WebGL2RenderingContext) {
    this.layers = new OverlayLayers(gl);
  }

  /**
   * Draws the frame of `params` from the layers, redrawing or extending what `arcs` and `pointsKey` say has
   * changed since they were drawn.
   */
  draw(
    scene: OverlayScene,
    params: DrawParams,
    points: PointsParams,
    arcs: ArcLayerContent,
    pointsKey: Readonly<Record<string, unknown>>,
  ) {
    const isPointsStale = this.pointLayerKey === null || !shallow(this.pointLayerKey, pointsKey);
    const arcStep = planArcLayer(this.arcLayer, arcs);
    drawLayered(this.gl, scene, this.layers, params, points, { arcStep, isPointsStale });
    this.arcLayer = arcs;
    this.pointLayerKey = pointsKey;
  }

  /** Marks the layers as holding nothing valid; with `isReleased` frees their memory too. */
  forget(isReleased: boolean) {
    this.arcLayer = this.pointLayerKey = null;
    if (isReleased) this.layers.release();
  }

  dispose() {
    this.forget(true);
    this.layers.dispose();
  }
}
