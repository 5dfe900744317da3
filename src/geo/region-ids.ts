/** World regions of the UN M49 geoscheme, merged to ten groups; the order is the display order. */
export const REGION_IDS = [
  'east-asia',
  'southeast-asia',
  'south-asia',
  'central-asia',
  'west-asia',
  'europe',
  'africa',
  'north-america',
  'latin-america',
  'oceania',
] as const;

export type RegionId = (typeof REGION_IDS)[number];
