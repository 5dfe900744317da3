import { geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { indexCountryShapes } from '../../src/data/coastline-check.ts';
import { isCountryCode } from '../../src/geo/countries.ts';
import { regionOfCountry } from '../../src/geo/regions.ts';
import type { Random } from './random.ts';

type Shape = Feature<Polygon | MultiPolygon>;

interface CountryShape {
  iso2: string;
  shape: Shape;
  /** Outer and hole rings as [lon, lat] pairs, for a cheap planar test before d3's spherical one. */
  polygons: Position[][][];
  /** Planar longitude/latitude box, to skip most containment tests. */
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The basemap's countries, ready for "which country is this point in?" and "a random point in China". */
export interface Land {
  countryAt(lon: number, lat: number): string | null;
  /** Longitude/latitude box of a country's shapes, or null when the basemap has none. */
  boundsOf(iso2: string): { west: number; south: number; east: number; north: number } | null;
}

const polygonsOf = (shape: Shape): Position[][][] =>
  shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;

/** Even-odd ray casting on longitude/latitude as plane coordinates. */
function isInsideRing(ring: readonly Position[], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const isInsidePolygon = ([outer = [], ...holes]: Position[][], lon: number, lat: number): boolean =>
  isInsideRing(outer, lon, lat) && !holes.some((hole) => isInsideRing(hole, lon, lat));

function boxOf(polygons: Position[][][]): Pick<CountryShape, 'west' | 'south' | 'east' | 'north'> {
  const box = { west: 180, south: 90, east: -180, north: -90 };
  for (const [outer] of polygons) {
    for (const [lon = 0, lat = 0] of outer ?? []) {
      box.west = Math.min(box.west, lon);
      box.east = Math.max(box.east, lon);
      box.south = Math.min(box.south, lat);
      box.north = Math.max(box.north, lat);
    }
  }
  return box;
}

/** Indexes the basemap (the same shapes the data check uses, rewound for d3-geo). */
export function indexLand(world: FeatureCollection): Land {
  const countries: CountryShape[] = [];
  for (const [iso2, shapes] of indexCountryShapes(world)) {
    for (const shape of shapes) {
      const polygons = polygonsOf(shape);
      countries.push({ iso2, shape, polygons, ...boxOf(polygons) });
    }
  }
  return {
    countryAt(lon, lat) {
      const hit = countries.find(
        (country) =>
          lon >= country.west &&
          lon <= country.east &&
          lat >= country.south &&
          lat <= country.north &&
          country.polygons.some((polygon) => isInsidePolygon(polygon, lon, lat)) &&
          geoContains(country.shape, [lon, lat]),
      );
      return hit?.iso2 ?? null;
    },
    boundsOf(iso2) {
      const own = countries.filter((country) => country.iso2 === iso2);
      if (own.length === 0) return null;
      return {
        west: Math.min(...own.map((country) => country.west)),
        south: Math.min(...own.map((country) => country.south)),
        east: Math.max(...own.map((country) => country.east)),
        north: Math.max(...own.map((country) => country.north)),
      };
    },
  };
}

/** Rounds to 4 decimals (about 10 m), as the research files write coordinates. */
export const roundCoordinate = (degrees: number): number => Math.round(degrees * 1e4) / 1e4;

const MAX_TRIES = 100_000;

/**
 * A point drawn uniformly by area from the land of countries that `accept` (checked on the rounded
 * coordinates, so the written row lies where it says). Latitude is drawn from sin(lat), so high latitudes
 * are not over-represented.
 */
export function randomLandPoint(
  land: Land,
  random: Random,
  accept: (iso2: string) => boolean,
  box = { west: -180, south: -60, east: 180, north: 84 },
): { lon: number; lat: number; iso2: string } {
  const sinSouth = Math.sin((box.south * Math.PI) / 180);
  const sinNorth = Math.sin((box.north * Math.PI) / 180);
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const lon = roundCoordinate(box.west + (box.east - box.west) * random());
    const lat = roundCoordinate((Math.asin(sinSouth + (sinNorth - sinSouth) * random()) * 180) / Math.PI);
    const iso2 = land.countryAt(lon, lat);
    if (iso2 !== null && accept(iso2)) return { lon, lat, iso2 };
  }
  throw new Error(`no accepted land point in ${MAX_TRIES} tries`);
}

/** Home cities are Chinese; a partner must be a foreign country that the dataset's region filter knows. */
export const CHINA_ON_THE_BASEMAP = new Set(['CN', 'TW', 'HK', 'MO']);
export const isForeignCountryWithRegion = (iso2: string): boolean =>
  !CHINA_ON_THE_BASEMAP.has(iso2) && isCountryCode(iso2) && regionOfCountry(iso2) !== null;
