import { partnerKeyOf } from '../data/index.ts';
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
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

/** How a partner's point looks in the selection: its first hub's colour, and how many hubs it is linked to. */
export interface PartnerStyle {
  color: string;
  hubCount: number;
}

/** The style of every partner of these links, keyed by partner (in the links' order). */
export function partnerStyles(
  links: readonly Link[],
  hubColors: ReadonlyMap<string, string>,
): Map<string, PartnerStyle & { link: Link; hubs: Set<string> }> {
  const byKey = new Map<string, PartnerStyle & { link: Link; hubs: Set<string> }>();
  for (const link of links) {
    const key = partnerKeyOf(link);
    const entry = byKey.get(key);
    if (entry) {
      entry.hubs.add(link.hubId);
      entry.hubCount = entry.hubs.size;
    } else {
      byKey.set(key, {
        link,
        hubs: new Set([link.hubId]),
        color: hubColors.get(link.hubId) ?? '#ccc',
        hubCount: 1,
      });
    }
  }
  return byKey;
}

/** One point per partner city, coloured by its first hub (white ring when several hubs share it). */
export function partnerFeatures(
  links: readonly Link[],
  hubColors: ReadonlyMap<string, string>,
): FeatureCollection<Point, PlaceProperties> {
  return featuresOf(partnerStyles(links, hubColors));
}

function featuresOf(styles: ReturnType<typeof partnerStyles>): FeatureCollection<Point, PlaceProperties> {
  return {
    type: 'FeatureCollection',
    features: [...styles].map(([key, { link, color, hubCount }]) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [link.lon, link.lat] },
      properties: { key, color, hubCount },
    })),
  };
}

export interface PartnerState extends Partial<PartnerStyle> {
  shown: boolean;
}

/**
 * The feature states that turn the points shown for `previous` into those for `next`: partners that left
 * are hidden, partners that came or changed style are shown with it, the others are not touched.
 */
export function partnerStateChanges(
  previous: ReadonlyMap<string, PartnerStyle>,
  next: ReadonlyMap<string, PartnerStyle>,
): [string, PartnerState][] {
  const changes: [string, PartnerState][] = [];
  for (const key of previous.keys()) if (!next.has(key)) changes.push([key, { shown: false }]);
  for (const [key, style] of next) {
    const before = previous.get(key);
    if (!before || before.color !== style.color || before.hubCount !== style.hubCount)
      changes.push([key, { shown: true, color: style.color, hubCount: style.hubCount }]);
  }
  return changes;
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

const SHOWN_HUB_COUNT: ExpressionSpecification = [
  'coalesce',
  ['feature-state', 'hubCount'],
  ['get', 'hubCount'],
];

export function addPlaceLayers(map: MapLibreMap): void {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  map.addSource(PARTNER_SOURCE, { type: 'geojson', data: empty, promoteId: 'key' });
  map.addSource(HUB_SOURCE, { type: 'geojson', data: empty });
  map.addLayer({
    id: PARTNER_LAYER,
    type: 'circle',
    source: PARTNER_SOURCE,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 3.5, 6, 7],
      'circle-color': ['coalesce', ['feature-state', 'color'], ['get', 'color']],
      'circle-stroke-color': ['case', ['>', SHOWN_HUB_COUNT, 1], '#ffffff', '#0b1a2e'],
      'circle-stroke-width': ['case', ['>', SHOWN_HUB_COUNT, 1], 2, 1],
      'circle-opacity': ['case', ['boolean', ['feature-state', 'shown'], true], 1, 0],
      'circle-stroke-opacity': ['case', ['boolean', ['feature-state', 'shown'], true], 1, 0],
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

/**
 * Partner points: every partner of the dataset is laid out once, and the selection only changes their feature
 * state (shown, colour, ring), so a filter change restyles points on the GPU and never re-tiles them in
 * MapLibre's worker. A point without state shows as laid out, as the whole dataset would show it: the first
 * view of tens of thousands of partners sets no state at all.
 */
export class PartnerPoints {
  private shown: ReadonlyMap<string, PartnerStyle> = new Map();
  private allLinks: readonly Link[] | null = null;

  constructor(private readonly map: MapLibreMap) {}

  show(
    allLinks: readonly Link[],
    visibleLinks: readonly Link[],
    hubColors: ReadonlyMap<string, string>,
  ): void {
    let all: ReadonlyMap<string, PartnerStyle> | null = null;
    if (allLinks !== this.allLinks) {
      const styles = partnerStyles(allLinks, hubColors);
      this.allLinks = allLinks;
      this.map.removeFeatureState({ source: PARTNER_SOURCE });
      this.map.getSource<GeoJSONSource>(PARTNER_SOURCE)?.setData(featuresOf(styles));
      this.shown = all = styles;
    }
    const next = visibleLinks === allLinks && all ? all : partnerStyles(visibleLinks, hubColors);
    for (const [key, state] of partnerStateChanges(this.shown, next))
      this.map.setFeatureState({ source: PARTNER_SOURCE, id: key }, state);
    this.shown = next;
  }

  isShown(key: string): boolean {
    return this.shown.has(key);
  }
}

export function updateHubPoints(
  map: MapLibreMap,
  hubs: readonly Hub[],
  hubColors: ReadonlyMap<string, string>,
): void {
  map.getSource<GeoJSONSource>(HUB_SOURCE)?.setData(hubFeatures(hubs, hubColors));
}
