import type { Rgb } from '../../state/hub-colors.ts';
import { mercatorX, mercatorY } from '../../geo/mercator.ts';

/** Partner cities, and the hubs drawn over them. */
export type PlaceKind = 'partners' | 'hubs';

/** Flag bits in the fourth byte of a point's style. */
export const POINT_SHOWN = 1;
/** A partner linked to two or more hubs of the selection: drawn with a wider white stroke. */
export const POINT_RING = 2;
const BYTES_PER_STYLE = 4;

export interface PointPlace {
  key: string;
  /** Degrees. */
  lon: number;
  lat: number;
}

/**
 * Every point of one kind, laid out once per dataset: a selection change only rewrites `styles`.
 * Point `i` is `keys[i]` at Mercator `positions[2i], positions[2i + 1]` (0..1, north at 0), styled by
 * `styles[4i .. 4i + 3]` = red, green, blue, flags ({@link POINT_SHOWN}, {@link POINT_RING}).
 */
export interface PointLayout {
  readonly keys: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly positions: Float32Array;
  readonly styles: Uint8Array;
}

/** Lays the places out, every one hidden until styled; a repeated key keeps its first position. */
export function layoutPoints(places: Iterable<PointPlace>): PointLayout {
  const keys: string[] = [];
  const indexOf = new Map<string, number>();
  const coordinates: number[] = [];
  for (const place of places) {
    if (indexOf.has(place.key)) continue;
    indexOf.set(place.key, keys.length);
    keys.push(place.key);
    coordinates.push(mercatorX(place.lon), mercatorY(place.lat));
  }
  return {
    keys,
    indexOf,
    positions: new Float32Array(coordinates),
    styles: new Uint8Array(keys.length * BYTES_PER_STYLE),
  };
}

/** Shows point `index` in `rgb` (with a ring or not), or hides it (its colour is then left as it was). */
export function stylePoint(
  layout: PointLayout,
  index: number,
  style: { shown: false } | { shown: true; rgb: Rgb; hasRing: boolean },
): void {
  const base = index * BYTES_PER_STYLE;
  if (!style.shown) {
    layout.styles[base + 3] = 0;
    return;
  }
  layout.styles.set(style.rgb, base);
  layout.styles[base + 3] = POINT_SHOWN | (style.hasRing ? POINT_RING : 0);
}

export const pointFlags = (layout: PointLayout, index: number): number =>
  layout.styles[index * BYTES_PER_STYLE + 3] ?? 0;

/** How one kind of point looks; sizes in CSS pixels, colours sRGB 0..255. */
export interface PlaceLook {
  /** Fill radius, linear in zoom between two stops and constant beyond them. */
  radius: readonly [readonly [number, number], readonly [number, number]];
  strokeWidth: number;
  strokeColor: Rgb;
  ringWidth: number;
  ringColor: Rgb;
}

const WHITE: Rgb = [255, 255, 255];

export const PLACE_LOOKS: Record<PlaceKind, PlaceLook> = {
  partners: {
    radius: [
      [1, 3.5],
      [6, 7],
    ],
    strokeWidth: 1,
    strokeColor: [0x0b, 0x1a, 0x2e],
    ringWidth: 2,
    ringColor: WHITE,
  },
  hubs: {
    radius: [
      [1, 6],
      [6, 11],
    ],
    strokeWidth: 2,
    strokeColor: WHITE,
    ringWidth: 2,
    ringColor: WHITE,
  },
};

/** Fill radius at `zoom`, CSS px (MapLibre's `['interpolate', ['linear'], ['zoom'], …]`). */
export function pointRadius(look: PlaceLook, zoom: number): number {
  const [[zoom0, radius0], [zoom1, radius1]] = look.radius;
  const t = Math.min(1, Math.max(0, (zoom - zoom0) / (zoom1 - zoom0)));
  return radius0 + t * (radius1 - radius0);
}

/** Radius to the outer edge of the stroke, CSS px. */
export function pointOuterRadius(look: PlaceLook, zoom: number, flags: number): number {
  return pointRadius(look, zoom) + ((flags & POINT_RING) !== 0 ? look.ringWidth : look.strokeWidth);
}
