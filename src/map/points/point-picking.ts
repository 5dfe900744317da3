import type { FrameProjection } from '../arcs/arc-renderer.ts';
import { pointFlags, POINT_SHOWN, type PointLayout } from './point-layout.ts';

/** Clip-space x, y, z, w. */
export type Clip = [number, number, number, number];

/** A column-major 4×4 matrix (as WebGL reads it) times (x, y, z, 1). */
function transform(matrix: Float32Array, x: number, y: number, z: number): Clip {
  const m = (i: number) => matrix[i] ?? 0;
  return [
    m(0) * x + m(4) * y + m(8) * z + m(12),
    m(1) * x + m(5) * y + m(9) * z + m(13),
    m(2) * x + m(6) * y + m(10) * z + m(14),
    m(3) * x + m(7) * y + m(11) * z + m(15),
  ];
}

/**
 * Where MapLibre's `projectTile` puts Mercator (x, y) (0..1, north at 0) under `projection`: the CPU twin of
 * the shader prelude (maplibre-gl 6.17 `projection_mercator` and `projection_globe`, including the
 * globe ↔ Mercator transition), so picking agrees with what the overlay drew.
 */
export function projectToClip(projection: FrameProjection, x: number, y: number): Clip {
  if (projection.shader.variantName !== 'globe') return transform(projection.mainMatrix, x, y, 0);
  const [tileX = 0, tileY = 0, tileScaleX = 1, tileScaleY = 1] = projection.tileMercatorCoords;
  const mercatorX = tileX + tileScaleX * x;
  const mercatorY = tileY + tileScaleY * y;
  const angle = mercatorX * Math.PI * 2 + Math.PI;
  const t = Math.exp(Math.PI - mercatorY * Math.PI * 2);
  const sinLat = (t * t - 1) / (t * t + 1);
  const cosLat = (2 * t) / (t * t + 1);
  const sphere = [Math.sin(angle) * cosLat, sinLat, Math.cos(angle) * cosLat] as const;
  const globe = transform(projection.mainMatrix, ...sphere);
  const [planeX = 0, planeY = 0, planeZ = 0, planeW = 0] = projection.clippingPlane;
  globe[2] = (1 - (sphere[0] * planeX + sphere[1] * planeY + sphere[2] * planeZ + planeW)) * globe[3];
  const transition = projection.transition;
  if (transition > 0.999) return globe;
  const flat = transform(projection.fallbackMatrix, x, y, 0);
  const mix = (a: number, b: number, f: number) => a + (b - a) * f;
  const zWeight = Math.min(1, Math.max(0, (transition - 0.2) / 0.8));
  return [
    mix(flat[0], globe[0], transition),
    mix(flat[1], globe[1], transition),
    mix(0, globe[2], zWeight),
    mix(flat[3], globe[3], transition),
  ];
}

/** CSS-pixel position of a clip-space point on a `width` × `height` map, or null if it is not drawn (behind the globe). */
export function clipToScreen(clip: Clip, width: number, height: number): { x: number; y: number } | null {
  const [x, y, z, w] = clip;
  // The overlay's point shader hides the same points, as MapLibre's circles do.
  if (w <= 0 || z / w > 1) return null;
  return { x: ((x / w + 1) / 2) * width, y: ((1 - y / w) / 2) * height };
}

export interface PointPickRequest {
  layout: PointLayout;
  projection: FrameProjection;
  worldOffsets: readonly number[];
  /** The map's CSS size. */
  width: number;
  height: number;
  /** Pointer, CSS px from the map's top left. */
  pointer: { x: number; y: number };
  /** Half the side of the square searched around the pointer, CSS px. */
  searchRadius: number;
  /** Drawn radius (fill and stroke) of a point with these flags, CSS px. */
  outerRadius: (flags: number) => number;
}

/**
 * The key of the shown point whose drawn disc meets the square of ±`searchRadius` around the pointer, the one
 * with its centre nearest the pointer; null if none does.
 */
export function pickNearestPoint(request: PointPickRequest): string | null {
  const { layout, projection, worldOffsets, width, height, pointer, searchRadius } = request;
  let best: string | null = null;
  let bestDistance = Infinity;
  layout.keys.forEach((key, index) => {
    const flags = pointFlags(layout, index);
    if ((flags & POINT_SHOWN) === 0) return;
    const radius = request.outerRadius(flags);
    const x = layout.positions[2 * index]!;
    const y = layout.positions[2 * index + 1]!;
    for (const offset of worldOffsets) {
      const screen = clipToScreen(projectToClip(projection, x + offset, y), width, height);
      if (!screen) continue;
      const dx = Math.max(0, Math.abs(screen.x - pointer.x) - searchRadius);
      const dy = Math.max(0, Math.abs(screen.y - pointer.y) - searchRadius);
      if (dx * dx + dy * dy > radius * radius) continue;
      const distance = Math.hypot(screen.x - pointer.x, screen.y - pointer.y);
      if (distance < bestDistance) {
        best = key;
        bestDistance = distance;
      }
    }
  });
  return best;
}
