import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection } from 'geojson';

/** The basemap's GeoJSON, read from the installed package (too big to import into typed code). */
export function readWorldBasemap(): FeatureCollection {
  const path = createRequire(import.meta.url).resolve('@surbowl/world-geo-json-zh/world.zh.json');
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('features' in parsed) ||
    !Array.isArray(parsed.features)
  ) {
    throw new Error(`${path} is not a GeoJSON FeatureCollection`);
  }
  return parsed as FeatureCollection;
}
