import type { StyleSpecification } from 'maplibre-gl';

export const BASEMAP_COLORS = {
  ocean: '#0b1a2e',
  land: '#1c2d44',
  china: '#2a3f5c',
  border: '#3f5878',
} as const;

/**
 * The embedded, offline basemap: countries from @surbowl/world-geo-json-zh (China's official position)
 * as a fill and a border line. No tiles, glyphs or sprites, so nothing is requested from another host.
 */
export function embeddedBasemapStyle(countriesUrl: string): StyleSpecification {
  return {
    version: 8,
    name: 'sister-city-embedded',
    sources: {
      countries: { type: 'geojson', data: countriesUrl, attribution: 'Natural Earth · world-geo-json-zh' },
    },
    layers: [
      { id: 'ocean', type: 'background', paint: { 'background-color': BASEMAP_COLORS.ocean } },
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        paint: {
          'fill-color': ['match', ['get', 'iso_a2'], 'CN', BASEMAP_COLORS.china, BASEMAP_COLORS.land],
          'fill-antialias': true,
        },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': BASEMAP_COLORS.border, 'line-width': 0.6 },
      },
    ],
  };
}
