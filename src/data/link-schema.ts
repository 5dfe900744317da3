import { z } from 'zod';
import { country, latitude, longitude, oneOf, optionalText, slug, sourceList } from './fields.ts';
import { detailParams } from './issues.ts';
import { issueMessage } from './issue-texts-en.ts';
import type { IssueDetail } from './issue-detail.ts';
import { parseSigningDate } from './signing-date.ts';
import { CONFIDENCE_LEVELS, LINK_STATUSES, RELATION_TYPES, SIGNER_LEVELS } from './vocabulary.ts';

function rowIssue(column: string, detail: IssueDetail, row: object) {
  const params = detailParams(detail);
  return { code: 'custom' as const, path: [column], message: issueMessage(detail), input: row, params };
}

/** One row of a links file (research TSV columns, optional `id`), read into a link; `id` is '' until assigned. */
export const linkRowSchema = z
  .object({
    id: z.union([z.literal(''), slug]),
    home_city: slug,
    home_unit_zh: optionalText,
    home_unit_en: optionalText,
    home_level: oneOf(SIGNER_LEVELS),
    partner_zh: optionalText,
    partner_en: optionalText,
    partner_native: optionalText,
    partner_admin_en: optionalText,
    country_iso2: country,
    lat: latitude,
    lon: longitude,
    relation: oneOf(RELATION_TYPES),
    established: optionalText,
    established_precision: optionalText,
    status: oneOf(LINK_STATUSES),
    sources: sourceList,
    confidence: oneOf(CONFIDENCE_LEVELS),
    note: optionalText,
  })
  .transform((row, ctx) => {
    if (row.partner_zh === '' && row.partner_en === '') {
      ctx.issues.push(rowIssue('partner_en', { code: 'noPartnerName' }, row));
    }
    if (row.home_unit_zh === '' && row.home_unit_en === '') {
      ctx.issues.push(rowIssue('home_unit_en', { code: 'noUnitName' }, row));
    }
    const signed = parseSigningDate(row.established, row.established_precision);
    if (!signed.ok) ctx.issues.push(rowIssue(signed.column, signed.detail, row));
    if (!signed.ok || ctx.issues.length > 0) return z.NEVER;
    return {
      id: row.id,
      hubId: row.home_city,
      unitZh: row.home_unit_zh,
      unitEn: row.home_unit_en,
      level: row.home_level,
      partnerZh: row.partner_zh,
      partnerEn: row.partner_en,
      partnerNative: row.partner_native,
      partnerAdminEn: row.partner_admin_en,
      countryIso2: row.country_iso2.iso2,
      region: row.country_iso2.region,
      lat: row.lat,
      lon: row.lon,
      relation: row.relation,
      date: signed.date,
      status: row.status,
      sources: row.sources,
      confidence: row.confidence,
      note: row.note,
    };
  });

/** A sister, partner or intent link between a hub (one of its units signed) and a foreign place. */
export type Link = z.output<typeof linkRowSchema> & {
  /** 1-based line of the row in its file. */
  line: number;
};

/** The optional `home_*` cells with which a links row introduces a hub missing from the hubs file. */
export const homeHubSchema = z
  .object({
    home_city: slug,
    home_zh: optionalText,
    home_en: optionalText,
    home_lat: latitude,
    home_lon: longitude,
  })
  .transform((row, ctx) => {
    if (row.home_zh === '' && row.home_en === '') {
      ctx.issues.push(rowIssue('home_en', { code: 'noHomeName' }, row));
      return z.NEVER;
    }
    // One name suffices for a national dataset; it stands in for the missing one.
    const nameZh = row.home_zh || row.home_en;
    const nameEn = row.home_en || row.home_zh;
    return { id: row.home_city, nameZh, nameEn, lat: row.home_lat, lon: row.home_lon };
  });
