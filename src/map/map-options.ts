import type { MapOptions } from 'maplibre-gl';

/** The app's map settings, shared with the benchmark's baseline pages so that they draw the same map. */
export const MAP_OPTIONS = {
  renderWorldCopies: true,
  attributionControl: { compact: true },
  canvasContextAttributes: { antialias: true },
  localIdeographFontFamily: false,
  maxPitch: 0,
} satisfies Partial<MapOptions>;
