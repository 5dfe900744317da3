import { partnerKeyOf } from '../data/index.ts';
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Hub, Link } from '../data/index.ts';

export const PARTNER_LAYER = 'partner-points';
export const HUB_LAYER = 'hub-points';
const PARTNER_SOURCE = 'partners';
const HUB_SOURCE = 'hubs';

export interface PlaceProperties {
  key: string;
  color: string;
  hubCount: number;
}

/** One point per partner city in the selection, coloured by its first hub (white ring when several hubs share it). */
export function partnerFeatures(
  links: readonly Link[],
  hubColors: ReadonlyMap<string, string>,
): FeatureCollection<Point, PlaceProperties> {
  const byKey = new Map<string, { link: Link; hubs: Set<string> }>();
  for (const link of links) {
    const key = partnerKeyOf(link);
    const entry = byKey.get(key) ?? { link, hubs: new Set<string>() };
    entry.hubs.add(link.hubId);
    byKey.set(key, entry);
  }
  return {
    type: 'FeatureCollection',
    features: [...byKey].map(([key, { link, hubs }]) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [link.lon, link.lat] },
      properties: { key, color: hubColors.get(link.hubId) ?? '#ccc', hubCount: hubs.size },
    })),
  };
}

function hubFeatures(hubs: readonly Hub[], hubColors: ReadonlyMap<string, string>) {
  return {
    type: 'FeatureCollection' as const,
    features: hubs.map((hub) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [hub.lon, hub.lat] },
      properties: { key: hub.id, color: hubColors.get(hub.id) ?? '#fff', hubCount: 1 },
    })),
  };
}

export function addPlaceLayers(map: MapLibreMap): void {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  map.addSource(PARTNER_SOURCE, { type: 'geojson', data: empty });
  map.addSource(HUB_SOURCE, { type: 'geojson', data: empty });
  map.addLayer({
    id: PARTNER_LAYER,
    type: 'circle',
    source: PARTNER_SOURCE,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 3.5, 6, 7],
      'circle-color': ['get', 'color'],
      'circle-stroke-color': ['case', ['>', ['get', 'hubCount'], 1], '#ffffff', '#0b1a2e'],
      'circle-stroke-width': ['case', ['>', ['get', 'hubCount'], 1], 2, 1],
    },
  });
  map.addLayer({
    id: HUB_LAYER,
    type: 'circle',
    source: HUB_SOURCE,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 6, 6, 11],
      'circle-color': ['get', 'color'],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  });
}

export function updatePartnerPoints(map: MapLibreMap, data: FeatureCollection<Point, PlaceProperties>): void {
  map.getSource<GeoJSONSource>(PARTNER_SOURCE)?.setData(data);
}

export function updateHubPoints(
  map: MapLibreMap,
  hubs: readonly Hub[],
  hubColors: ReadonlyMap<string, string>,
): void {
  map.getSource<GeoJSONSource>(HUB_SOURCE)?.setData(hubFeatures(hubs, hubColors));
}
