import type { StyleSpecification } from 'maplibre-gl';

/** A tile-less basemap: ocean, land and borders from one GeoJSON file; no glyphs, sprites or tiles. */
export function createBasemapStyle(worldGeoJsonUrl: string): StyleSpecification {
  return {
    version: 8,
    sources: { world: { type: 'geojson', data: worldGeoJsonUrl } },
    layers: [
      { id: 'ocean', type: 'background', paint: { 'background-color': '#0e1a2b' } },
      { id: 'land', type: 'fill', source: 'world', paint: { 'fill-color': '#1f3147' } },
      { id: 'borders', type: 'line', source: 'world', paint: { 'line-color': '#3c5675', 'line-width': 0.6 } },
    ],
  };
}
