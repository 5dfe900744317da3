import type { CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import type { FrameProjection } from '../arcs/arc-renderer.ts';
import { captureFrameProjection, createFrameProjection } from '../arcs/frame-state.ts';
import { selectWorldCopies } from '../arcs/world-copies.ts';

/** The camera of the last frame MapLibre drew: the overlay draws with it until the next one. */
export interface OverlayCamera {
  projection: FrameProjection;
  zoom: number;
  /** World copies the arcs and the points show in. */
  arcOffsets: number[];
  pointOffsets: number[];
}

export function createOverlayCamera(): OverlayCamera {
  return { projection: createFrameProjection(), zoom: 0, arcOffsets: [0], pointOffsets: [0] };
}

/**
 * Takes the camera of the frame MapLibre is drawing: its projection (from the custom layer's render input),
 * zoom, and the world copies in view for arcs spanning Mercator x `arcMinX..arcMaxX` and for points (all in
 * 0..1). Returns whether the projection changed.
 */
export function captureCamera(
  camera: OverlayCamera,
  map: MapLibreMap,
  input: CustomRenderMethodInput,
  arcMinX: number,
  arcMaxX: number,
): boolean {
  const isChanged = captureFrameProjection(camera.projection, input);
  camera.zoom = map.getZoom();
  const { projection } = camera;
  const isFullyGlobe = projection.shader.variantName === 'globe' && projection.transition >= 0.999;
  // On the globe x wraps around the sphere by itself; extra copies would draw everything twice.
  if (isFullyGlobe || !map.getRenderWorldCopies()) {
    camera.arcOffsets = camera.pointOffsets = [0];
    return isChanged;
  }
  const bounds = map.getBounds();
  const viewMinX = (bounds.getWest() + 180) / 360;
  const viewMaxX = (bounds.getEast() + 180) / 360;
  camera.arcOffsets = selectWorldCopies(arcMinX, arcMaxX, viewMinX, viewMaxX);
  camera.pointOffsets = selectWorldCopies(0, 1, viewMinX, viewMaxX);
  return isChanged;
}
