import { mercatorX, mercatorY, mercatorYOfSine } from './mercator.ts';

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
const RADIANS_PER_DEGREE = Math.PI / 180;
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
  const angle = greatCircleAngle(from, to);
  if (Math.PI - angle >= ANTIPODAL_EPSILON) return { end: to, angle };
  const end: LonLat = [to[0], to[1] + (to[1] > 0 ? -ANTIPODAL_NUDGE_DEGREES : ANTIPODAL_NUDGE_DEGREES)];
  return { end, angle: greatCircleAngle(from, end) };
}

/**
 * Great-circle angle between two positions, radians: d3-geo's `geoDistance` formula, without the exact
 * summation it shares with `geoLength`, which cost a 50,000-arc geometry build a third of its time.
 */
export function greatCircleAngle(from: LonLat, to: LonLat): number {
  const [phi0, phi1] = [from[1] * RADIANS_PER_DEGREE, to[1] * RADIANS_PER_DEGREE];
  const [sinPhi0, cosPhi0, sinPhi1, cosPhi1] = [
    Math.sin(phi0),
    Math.cos(phi0),
    Math.sin(phi1),
    Math.cos(phi1),
  ];
  const delta = Math.abs(to[0] * RADIANS_PER_DEGREE - from[0] * RADIANS_PER_DEGREE);
  const [cosDelta, sinDelta] = [Math.cos(delta), Math.sin(delta)];
  const x = cosPhi1 * sinDelta;
  const y = cosPhi0 * sinPhi1 - sinPhi0 * cosPhi1 * cosDelta;
  const z = sinPhi0 * sinPhi1 + cosPhi0 * cosPhi1 * cosDelta;
  return Math.atan2(Math.sqrt(x * x + y * y), z);
}

/**
 * Number of points {@link buildArcPath} returns for these endpoints (cheap: no interpolation), so callers
 * can size typed arrays before filling them.
 */
export function countArcPathPoints(from: LonLat, to: LonLat, options: ArcPathOptions = {}): number {
  return countArcPoints(resolveArcEnd(from, to).angle, options);
}

/** The most values {@link sampleArcPath} writes: two per point of the longest path. */
export function arcPathBufferLength(options: ArcPathOptions = {}): number {
  return 2 * Math.max(2, options.maxPoints ?? DEFAULT_OPTIONS.maxPoints);
}

const haversin = (angle: number) => {
  const half = Math.sin(angle / 2);
  return half * half;
};

/** What sampling one great circle takes, worked out once: its point count and the unit vectors of its ends. */
interface ArcInterpolation {
  count: number;
  /** Great-circle angle between the ends, radians (d3-geo's haversine form), and its sine. */
  angle: number;
  sinAngle: number;
  /** Unit vectors of the start and of the (possibly nudged) end. */
  start: readonly [number, number, number];
  end: readonly [number, number, number];
}

function unitVector(longitude: number, latitude: number): [number, number, number] {
  const cosLatitude = Math.cos(latitude);
  return [cosLatitude * Math.cos(longitude), cosLatitude * Math.sin(longitude), Math.sin(latitude)];
}

/** The interpolation d3-geo's `geoInterpolate` sets up, with the point count of `options`. */
function interpolationOf(from: LonLat, to: LonLat, options: ArcPathOptions): ArcInterpolation {
  const { end, angle } = resolveArcEnd(from, to);
  const [x0, y0] = [from[0] * RADIANS_PER_DEGREE, from[1] * RADIANS_PER_DEGREE];
  const [x1, y1] = [end[0] * RADIANS_PER_DEGREE, end[1] * RADIANS_PER_DEGREE];
  const d = 2 * Math.asin(Math.sqrt(haversin(y1 - y0) + Math.cos(y0) * Math.cos(y1) * haversin(x1 - x0)));
  return {
    count: countArcPoints(angle, options),
    angle: d,
    sinAngle: Math.sin(d),
    start: unitVector(x0, y0),
    end: unitVector(x1, y1),
  };
}

/**
 * {@link buildArcPath} into `out` (`longitude, latitude` pairs, at least {@link arcPathBufferLength} values)
 * without allocating per point; returns the number of points. The interpolation is d3-geo's
 * `geoInterpolate`, written out so that tens of thousands of arcs cost no array per point.
 */
export function sampleArcPath(from: LonLat, to: LonLat, options: ArcPathOptions, out: Float64Array): number {
  const { count, angle: d, sinAngle: k, start, end } = interpolationOf(from, to, options);
  const [kx0, ky0, sy0] = start;
  const [kx1, ky1, sy1] = end;
  out[0] = from[0];
  out[1] = from[1];
  let previousLongitude = from[0];
  for (let i = 1; i < count; i++) {
    let longitude = from[0];
    let latitude = from[1];
    if (d) {
      const t = (i / (count - 1)) * d;
      const [b, a] = [Math.sin(t) / k, Math.sin(d - t) / k];
      const [x, y, z] = [a * kx0 + b * kx1, a * ky0 + b * ky1, a * sy0 + b * sy1];
      longitude = Math.atan2(y, x) * DEGREES_PER_RADIAN;
      latitude = Math.atan2(z, Math.sqrt(x * x + y * y)) * DEGREES_PER_RADIAN;
    }
    previousLongitude += wrapLongitudeDelta(longitude - previousLongitude);
    out[2 * i] = previousLongitude;
    out[2 * i + 1] = latitude;
  }
  return count;
}

/** `sin(j × step)` for the points of one arc; grown as needed, never shrunk. */
let sines = new Float64Array(64);

/**
 * {@link sampleArcPath}'s points in Web Mercator (`x, y` pairs; x goes on past 0..1 where the longitudes are
 * unwrapped), worked out for drawing: each point's y comes from its z alone (see `mercatorYOfSine`), and
 * the sines the interpolation needs are taken once per arc, since `sin(t)` and `sin(d - t)` of evenly spaced
 * points are the same values in reverse. One arc tangent and one logarithm a point, against six
 * transcendental functions the other way. Agrees with projecting {@link sampleArcPath} to ~1e-12.
 */
export function sampleArcMercator(
  from: LonLat,
  to: LonLat,
  options: ArcPathOptions,
  out: Float64Array,
): number {
  const { count, angle, sinAngle, start, end } = interpolationOf(from, to, options);
  const [kx0, ky0, sy0] = start;
  const [kx1, ky1, sy1] = end;
  const x = mercatorX(from[0]);
  const y = mercatorY(from[1]);
  out[0] = x;
  out[1] = y;
  if (!angle) {
    for (let i = 1; i < count; i++) {
      out[2 * i] = x;
      out[2 * i + 1] = y;
    }
    return count;
  }
  if (sines.length < count) sines = new Float64Array(count);
  const step = angle / (count - 1);
  for (let j = 0; j < count; j++) sines[j] = Math.sin(j * step);
  let previousLongitude = from[0];
  for (let i = 1; i < count; i++) {
    const b = sines[i]! / sinAngle;
    const a = sines[count - 1 - i]! / sinAngle;
    const longitude = Math.atan2(a * ky0 + b * ky1, a * kx0 + b * kx1) * DEGREES_PER_RADIAN;
    previousLongitude += wrapLongitudeDelta(longitude - previousLongitude);
    out[2 * i] = mercatorX(previousLongitude);
    out[2 * i + 1] = mercatorYOfSine(a * sy0 + b * sy1);
  }
  return count;
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
  const values = new Float64Array(arcPathBufferLength(options));
  const count = sampleArcPath(from, to, options, values);
  return Array.from({ length: count }, (_, i): LonLat => [values[2 * i]!, values[2 * i + 1]!]);
}
