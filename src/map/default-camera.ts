import type { Camera } from '../state/view-state.ts';

/**
 * The first view: East Asia near the centre with the whole Pacific (Tonga, Kiribati, the Americas' west coast)
 * and Europe to the west, about 10°W to 70°W across the antimeridian.
 */
export function defaultCamera(widthPx: number): Camera {
  const spanDegrees = 280;
  const zoom = Math.log2(widthPx / ((512 * spanDegrees) / 360));
  return { center: [140, 28], zoom: Math.max(0, Math.min(3, zoom)) };
}
