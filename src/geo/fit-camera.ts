import type { LngLatBox } from './bounds.ts';
import { mercatorY } from './mercator.ts';

/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD_SIZE_AT_ZOOM_0 = 512;

/** Free space kept on each side, CSS pixels. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FitOptions {
  /** Free space kept on every side, or on each side, CSS pixels. */
  paddingPx: number | Padding;
  /** Ceiling for tiny boxes (a single point would otherwise zoom in without end). */
  maxZoom: number;
  minZoom?: number;
}

/** A camera as MapLibre takes it: `center` is [longitude, latitude] in degrees. */
export interface FittedCamera {
  center: [number, number];
  zoom: number;
}

const latitudeOfMercatorY = (y: number): number =>
  (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/**
 * The Web Mercator camera that frames `box` in a viewport of `width` × `height` CSS pixels, like MapLibre's
 * `fitBounds` but pure, so a tour can be planned without a map. The box may cross the antimeridian
 * (`east` > 180); the centre comes back within [-180, 180].
 */
export function fitCameraToBox(
  box: LngLatBox,
  viewport: { width: number; height: number },
  options: FitOptions,
): FittedCamera {
  const [[west, south], [east, north]] = box;
  const spanX = Math.max(0, east - west) / 360;
  const top = mercatorY(north);
  const bottom = mercatorY(south);
  const spanY = Math.max(0, bottom - top);
  const padding =
    typeof options.paddingPx === 'number'
      ? {
          top: options.paddingPx,
          right: options.paddingPx,
          bottom: options.paddingPx,
          left: options.paddingPx,
        }
      : options.paddingPx;
  const width = Math.max(1, viewport.width - padding.left - padding.right);
  const height = Math.max(1, viewport.height - padding.top - padding.bottom);
  const zoomX = spanX > 0 ? Math.log2(width / (spanX * WORLD_SIZE_AT_ZOOM_0)) : Infinity;
  const zoomY = spanY > 0 ? Math.log2(height / (spanY * WORLD_SIZE_AT_ZOOM_0)) : Infinity;
  const zoom = Math.max(options.minZoom ?? 0, Math.min(options.maxZoom, zoomX, zoomY));
  // The box sits in the middle of what the padding leaves, so the camera looks that far off its centre.
  const worldSize = WORLD_SIZE_AT_ZOOM_0 * 2 ** zoom;
  const x = (west + east) / 2 / 360 + 0.5 + (padding.right - padding.left) / 2 / worldSize;
  const y = (top + bottom) / 2 + (padding.bottom - padding.top) / 2 / worldSize;
  const centerLongitude = (((((x - 0.5) * 360 + 180) % 360) + 360) % 360) - 180;
  return { center: [centerLongitude, latitudeOfMercatorY(y)], zoom };
}
