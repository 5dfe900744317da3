import { z } from 'zod';
import { CLAIM_KINDS } from './vocabulary.ts';
import {
  count,
  latitude,
  longitude,
  oneOf,
  optionalText,
  partialDate,
  requiredText,
  slug,
} from './fields.ts';

/** One row of hubs.tsv: a Chinese city whose links the map draws, placed at its government seat. */
export const hubRowSchema = z
  .object({
    id: slug,
    name_zh: requiredText,
    name_en: requiredText,
    lat: latitude,
    lon: longitude,
    source: requiredText,
  })
  .transform((row) => ({ id: row.id, nameZh: row.name_zh, nameEn: row.name_en, lat: row.lat, lon: row.lon }));

export type Hub = z.output<typeof hubRowSchema>;

/** One row of claims.tsv: a total that a hub's own officials published, to compare the dataset with. */
export const claimRowSchema = z
  .object({
    hub: slug,
    kind: oneOf(CLAIM_KINDS),
    count,
    as_of: partialDate,
    source: requiredText,
    note: optionalText,
  })
  .transform((row) => ({
    hubId: row.hub,
    kind: row.kind,
    count: row.count,
    asOf: row.as_of,
    source: row.source,
    note: row.note,
  }));

export type HubClaim = z.output<typeof claimRowSchema>;
