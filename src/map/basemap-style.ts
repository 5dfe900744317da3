import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { Theme } from '../state/view-state.ts';

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

/** Black sea, lighter land and bright borders: the outlines survive a washed-out projector. */
const PROJECTOR_COLORS: Record<keyof typeof BASEMAP_COLORS, string> = {
  ocean: '#000000',
  land: '#2c3a4b',
  china: '#465a73',
  border: '#a9bdd3',
};

/** Recolours the embedded basemap for the theme; another style (an approved basemap) is left as it is. */
export function applyBasemapTheme(map: MapLibreMap, theme: Theme): void {
  if (!map.getLayer('land') || !map.getLayer('ocean') || !map.getLayer('borders')) return;
  const colors = theme === 'projector' ? PROJECTOR_COLORS : BASEMAP_COLORS;
  map.setPaintProperty('ocean', 'background-color', colors.ocean);
  map.setPaintProperty('land', 'fill-color', ['match', ['get', 'iso_a2'], 'CN', colors.china, colors.land]);
  map.setPaintProperty('borders', 'line-color', colors.border);
  map.setPaintProperty('borders', 'line-width', theme === 'projector' ? 1.2 : 0.6);
}
