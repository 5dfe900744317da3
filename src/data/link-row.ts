import { isSlug, readCountry, readNumberBetween, readSources } from './fields.ts';
import type { Link } from './link-schema.ts';
import { parseSigningDate } from './signing-date.ts';
import type { SigningDate } from './signing-date.ts';
import {
  CONFIDENCE_LEVELS,
  LINK_COLUMNS,
  LINK_STATUSES,
  RELATION_TYPES,
  SIGNER_LEVELS,
} from './vocabulary.ts';

const READ_COLUMNS = ['id', ...LINK_COLUMNS] as const;

/** Where each column of a links row sits among a table's cells; -1 when the table lacks it. */
type LinkCellIndex = Record<(typeof READ_COLUMNS)[number], number>;

function isOneOf<const T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Reads of `established` by `established_precision` cell: a big file repeats the same dates. */
function createDateReader(): (established: string, precision: string) => SigningDate | null {
  const byPrecision = new Map<string, Map<string, SigningDate | null>>();
  return (established, precision) => {
    let dates = byPrecision.get(precision);
    if (!dates) byPrecision.set(precision, (dates = new Map()));
    let date = dates.get(established);
    if (date === undefined) {
      const signed = parseSigningDate(established, precision);
      date = signed.ok ? signed.date : null;
      dates.set(established, date);
    }
    return date;
  };
}

/**
 * Reads links rows as `linkRowSchema` does, checked by hand: the schema's result for every row it
 * accepts, and null for every row it refuses (whose problems the schema then words). A big file is tens
 * of thousands of rows, and the schema takes ten times as long per row. `known` names the rows' cells.
 * Links read by one reader may share their (never changed) date objects.
 */
export function createLinkRowReader(
  known: readonly string[],
): (cells: readonly string[], line: number) => Link | null {
  const at = Object.fromEntries(
    READ_COLUMNS.map((column) => [column, known.indexOf(column)]),
  ) as LinkCellIndex;
  const readDate = createDateReader();
  return (cells, line) => {
    const cell = (index: number): string => (index < 0 ? '' : (cells[index] ?? ''));
    const id = cell(at.id);
    const hubId = cell(at.home_city);
    const level = cell(at.home_level);
    const relation = cell(at.relation);
    const status = cell(at.status);
    const confidence = cell(at.confidence);
    if (
      (id !== '' && !isSlug(id)) ||
      !isSlug(hubId) ||
      !isOneOf(SIGNER_LEVELS, level) ||
      !isOneOf(RELATION_TYPES, relation) ||
      !isOneOf(LINK_STATUSES, status) ||
      !isOneOf(CONFIDENCE_LEVELS, confidence)
    )
      return null;
    const country = readCountry(cell(at.country_iso2));
    const lat = readNumberBetween(cell(at.lat), -90, 90);
    const lon = readNumberBetween(cell(at.lon), -180, 180);
    const sources = readSources(cell(at.sources));
    if (country === null || Number.isNaN(lat) || Number.isNaN(lon) || sources === null) return null;
    const unitZh = cell(at.home_unit_zh).trim();
    const unitEn = cell(at.home_unit_en).trim();
    const partnerZh = cell(at.partner_zh).trim();
    const partnerEn = cell(at.partner_en).trim();
    if ((partnerZh === '' && partnerEn === '') || (unitZh === '' && unitEn === '')) return null;
    const date = readDate(cell(at.established).trim(), cell(at.established_precision).trim());
    if (date === null) return null;
    return {
      id,
      hubId,
      unitZh,
      unitEn,
      level,
      partnerZh,
      partnerEn,
      partnerNative: cell(at.partner_native).trim(),
      partnerAdminEn: cell(at.partner_admin_en).trim(),
      countryIso2: country.iso2,
      region: country.region,
      lat,
      lon,
      relation,
      date,
      status,
      sources,
      confidence,
      note: cell(at.note).trim(),
      line,
    };
  };
}
