import { COUNTRY_CODES_BY_REGION } from './country-regions.generated.ts';
import type { RegionId } from './region-ids.ts';
import { REGION_IDS } from './region-ids.ts';

export { REGION_IDS } from './region-ids.ts';
export type { RegionId } from './region-ids.ts';

const regionByCountry = new Map<string, RegionId>(
  REGION_IDS.flatMap((region) =>
    COUNTRY_CODES_BY_REGION[region].split(' ').map((code): [string, RegionId] => [code, region]),
  ),
);

/** The M49 region of an ISO 3166-1 alpha-2 code (any case); null for Antarctica and unknown codes. */
export function regionOfCountry(iso2: string): RegionId | null {
  return regionByCountry.get(iso2.toUpperCase()) ?? null;
}
