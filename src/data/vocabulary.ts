/** Closed vocabularies of the dataset; each array's order is the display order. */
export const RELATION_TYPES = ['sister', 'partner', 'intent'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const SIGNER_LEVELS = ['prefecture', 'county'] as const;
export type SignerLevel = (typeof SIGNER_LEVELS)[number];

export const LINK_STATUSES = ['active', 'unclear', 'ended'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** What a hub's claimed total counts: ties of one relation, all ties, or the partner countries. */
export const CLAIM_KINDS = ['sister', 'partner', 'intent', 'partners', 'countries'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Columns of the research TSVs, kept verbatim so a research file imports as-is. */
export const LINK_COLUMNS = [
  'home_city',
  'home_unit_zh',
  'home_unit_en',
  'home_level',
  'partner_zh',
  'partner_en',
  'partner_native',
  'partner_admin_en',
  'country_en',
  'country_iso2',
  'lat',
  'lon',
  'relation',
  'established',
  'established_precision',
  'status',
  'sources',
  'confidence',
  'note',
] as const;

/** Let a links file introduce a hub that the hubs file does not list. */
export const HOME_COLUMNS = ['home_zh', 'home_en', 'home_lat', 'home_lon'] as const;

export const HUB_COLUMNS = ['id', 'name_zh', 'name_en', 'lat', 'lon', 'source'] as const;

export const CLAIM_COLUMNS = ['hub', 'kind', 'count', 'as_of', 'source'] as const;
