/** Unit vectors and great-circle distances on a sphere of the Earth's mean radius; points are [lon, lat]. */
export const EARTH_RADIUS_KM = 6371.0088;

type Vector = readonly [number, number, number];

const RADIANS = Math.PI / 180;

export function toVector([lon, lat]: readonly [number, number]): Vector {
  const phi = lat * RADIANS;
  const lambda = lon * RADIANS;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

const dot = (a: Vector, b: Vector): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vector, b: Vector): Vector => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];

/** Central angle between two unit vectors, in radians (atan2 keeps precision for tiny angles). */
export function angleBetween(a: Vector, b: Vector): number {
  return Math.atan2(Math.hypot(...cross(a, b)), dot(a, b));
}

/** Angle from p to the shorter great-circle arc a–b: to its nearest inner point, or else to an end. */
export function angleToArc(p: Vector, a: Vector, b: Vector): number {
  const normal = cross(a, b);
  const length = Math.hypot(...normal);
  const toEnds = Math.min(angleBetween(p, a), angleBetween(p, b));
  if (length < 1e-12) return toEnds;
  const n: Vector = [normal[0] / length, normal[1] / length, normal[2] / length];
  const offPlane = dot(p, n);
  const foot: Vector = [p[0] - offPlane * n[0], p[1] - offPlane * n[1], p[2] - offPlane * n[2]];
  const isBetween = dot(cross(a, foot), n) >= 0 && dot(cross(foot, b), n) >= 0;
  return isBetween ? Math.min(Math.asin(Math.min(1, Math.abs(offPlane))), toEnds) : toEnds;
}
