import { geoDistance, geoInterpolate } from 'd3-geo';

/** A geographic position as `[longitude, latitude]` in degrees (GeoJSON order, not lat/lon). */
export type LonLat = [number, number];

/** How densely {@link buildArcPath} samples a great circle. */
export interface ArcPathOptions {
  /** Target spacing between consecutive points, in degrees of arc (great-circle angle). Default 2. */
  degreesPerPoint?: number;
  /** Fewest points on a path of non-zero length, endpoints included. Default 8. */
  minPoints?: number;
  /** Most points on any path, endpoints included. Default 64. */
  maxPoints?: number;
}

const DEFAULT_OPTIONS: Required<ArcPathOptions> = { degreesPerPoint: 2, minPoints: 8, maxPoints: 64 };
const DEGREES_PER_RADIAN = 180 / Math.PI;
/** Below this angular gap (radians) two points count as antipodal: no unique great circle joins them. */
const ANTIPODAL_EPSILON = 1e-9;
/** Latitude nudge (degrees) that makes an exactly antipodal pair pick one definite great circle. */
const ANTIPODAL_NUDGE_DEGREES = 1e-6;

/**
 * Number of points {@link buildArcPath} uses for a great-circle angle.
 *
 * @param angleRadians - great-circle distance between the endpoints, in radians (as from `geoDistance`).
 * @returns a point count, endpoints included; 2 for a zero-length path.
 */
export function countArcPoints(angleRadians: number, options: ArcPathOptions = {}): number {
  const { degreesPerPoint, minPoints, maxPoints } = { ...DEFAULT_OPTIONS, ...options };
  if (!(angleRadians > 0)) return 2;
  const wanted = Math.ceil((angleRadians * DEGREES_PER_RADIAN) / degreesPerPoint) + 1;
  return Math.max(2, Math.min(maxPoints, Math.max(minPoints, wanted)));
}

/**
 * Wraps a longitude difference into [-180, 180) degrees.
 */
function wrapLongitudeDelta(delta: number): number {
  return delta - 360 * Math.floor((delta + 180) / 360);
}

/**
 * The end point actually interpolated towards and its great-circle angle (radians). An exactly antipodal
 * pair has no unique great circle, so its end is nudged by a micro-degree to pick one definite circle.
 */
function resolveArcEnd(from: LonLat, to: LonLat): { end: LonLat; angle: number } {
  const angle = geoDistance(from, to);
  if (Math.PI - angle >= ANTIPODAL_EPSILON) return { end: to, angle };
  const end: LonLat = [to[0], to[1] + (to[1] > 0 ? -ANTIPODAL_NUDGE_DEGREES : ANTIPODAL_NUDGE_DEGREES)];
  return { end, angle: geoDistance(from, end) };
}

/**
 * Number of points {@link buildArcPath} returns for these endpoints (cheap: no interpolation), so callers
 * can size typed arrays before filling them.
 */
export function countArcPathPoints(from: LonLat, to: LonLat, options: ArcPathOptions = {}): number {
  return countArcPoints(resolveArcEnd(from, to).angle, options);
}

/**
 * Samples the shorter great circle from `from` to `to`.
 *
 * Longitudes are unwrapped so that consecutive points never differ by more than 180°: a path that crosses
 * the antimeridian keeps going past ±180 (Chongqing → Seattle ends at 237.67, not -122.33), which MapLibre's
 * world copies then draw in the right place. The first point is `from` exactly as given; latitudes stay in
 * [-90, 90].
 *
 * @param from - start `[longitude, latitude]` in degrees.
 * @param to - end `[longitude, latitude]` in degrees.
 * @returns `[longitude, latitude]` pairs in degrees, endpoints included, evenly spaced along the arc.
 */
export function buildArcPath(from: LonLat, to: LonLat, options: ArcPathOptions = {}): LonLat[] {
  const { end, angle } = resolveArcEnd(from, to);
  const count = countArcPoints(angle, options);
  const interpolate = geoInterpolate(from, end);
  const path: LonLat[] = [[from[0], from[1]]];
  let previousLongitude = from[0];
  for (let i = 1; i < count; i++) {
    const [longitude, latitude] = interpolate(i / (count - 1));
    previousLongitude += wrapLongitudeDelta(longitude - previousLongitude);
    path.push([previousLongitude, latitude]);
  }
  return path;
}
