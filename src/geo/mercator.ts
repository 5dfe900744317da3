/** Web Mercator as MapLibre lays it out: x and y in 0..1 over the world's square, north at y = 0. */

export const MAX_MERCATOR_LATITUDE = 85.051129;
const MAX_MERCATOR_SINE = Math.sin((MAX_MERCATOR_LATITUDE * Math.PI) / 180);

export function mercatorX(longitude: number): number {
  return (longitude + 180) / 360;
}

/** Web Mercator y in 0..1 (north at 0), with latitude clamped to the square's ±85.05°. */
export function mercatorY(latitude: number): number {
  const clamped = Math.max(-MAX_MERCATOR_LATITUDE, Math.min(MAX_MERCATOR_LATITUDE, latitude));
  const radians = (clamped * Math.PI) / 180;
  return 0.5 - Math.log(Math.tan(Math.PI / 4 + radians / 2)) / (2 * Math.PI);
}

/**
 * {@link mercatorY} of the latitude whose sine is `sine`, clamped alike: a point of the unit sphere has its
 * z there, so its y costs one logarithm, with no angle worked out (ln tan(π/4 + φ/2) = atanh(sin φ)).
 */
export function mercatorYOfSine(sine: number): number {
  const clamped = Math.max(-MAX_MERCATOR_SINE, Math.min(MAX_MERCATOR_SINE, sine));
  return 0.5 - Math.log((1 + clamped) / (1 - clamped)) / (4 * Math.PI);
}
