import { geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { DataIssue } from './issues.ts';
import { dataIssue } from './issues.ts';
import type { Link } from './link-schema.ts';
import { angleToArc, EARTH_RADIUS_KM, toVector } from './sphere.ts';

// Kept out of the browser bundle: only the data check and tests use it, with the 309 KB basemap.

type CountryShape = Feature<Polygon | MultiPolygon>;

/** Taiwan, Hong Kong and Macau lie inside the basemap's China feature. */
const DRAWN_INSIDE: Readonly<Record<string, string>> = { TW: 'CN', HK: 'CN', MO: 'CN' };

const reverseRings = (rings: Position[][]): Position[][] => rings.map((ring) => [...ring].reverse());

/**
 * Country shapes by ISO alpha-2, rings reversed: the basemap winds them the GeoJSON way, which d3-geo
 * reads as the complement. A code may have several features; `-99` (disputed areas) is skipped.
 */
export function indexCountryShapes(world: FeatureCollection): Map<string, CountryShape[]> {
  const shapes = new Map<string, CountryShape[]>();
  for (const feature of world.features) {
    const iso2: unknown = feature.properties?.iso_a2;
    const { geometry } = feature;
    if (typeof iso2 !== 'string' || iso2 === '-99') continue;
    let rewound: Polygon | MultiPolygon;
    if (geometry.type === 'Polygon')
      rewound = { type: 'Polygon', coordinates: reverseRings(geometry.coordinates) };
    else if (geometry.type === 'MultiPolygon') {
      rewound = { type: 'MultiPolygon', coordinates: geometry.coordinates.map(reverseRings) };
    } else continue;
    shapes.set(iso2, [...(shapes.get(iso2) ?? []), { type: 'Feature', properties: {}, geometry: rewound }]);
  }
  return shapes;
}

function rings(shape: CountryShape): Position[][] {
  const { geometry } = shape;
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** Great-circle distance in km from a point to the nearest of the shapes; 0 when inside one. */
export function distanceOutsideKm(shapes: readonly CountryShape[], lon: number, lat: number): number {
  if (shapes.some((shape) => geoContains(shape, [lon, lat]))) return 0;
  const point = toVector([lon, lat]);
  let nearest = Math.PI;
  for (const ring of shapes.flatMap(rings)) {
    for (let index = 1; index < ring.length; index += 1) {
      const [a, b] = [ring[index - 1], ring[index]];
      if (!a || !b) continue;
      const edge = angleToArc(point, toVector([a[0] ?? 0, a[1] ?? 0]), toVector([b[0] ?? 0, b[1] ?? 0]));
      nearest = Math.min(nearest, edge);
    }
  }
  return nearest * EARTH_RADIUS_KM;
}

/** Warns about partners placed more than `limitKm` outside their country's shape (islands excepted by eye). */
export function checkPartnerCoastlines(
  links: readonly Link[],
  shapes: ReadonlyMap<string, readonly CountryShape[]>,
  file: string,
  limitKm = 100,
): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const link of links) {
    const country = shapes.get(DRAWN_INSIDE[link.countryIso2] ?? link.countryIso2);
    if (!country) continue;
    const km = distanceOutsideKm(country, link.lon, link.lat);
    if (km <= limitKm) continue;
    const detail = {
      code: 'outsideCountry',
      lat: link.lat,
      lon: link.lon,
      km: Math.round(km),
      country: link.countryIso2,
      limitKm,
    } as const;
    issues.push(dataIssue(file, link.line, 'lat', detail, 'warning'));
  }
  return issues;
}
