import { deriveLinkId, linkKeys } from '../src/data/link-id.ts';
import { HOME_COLUMNS, LINK_COLUMNS } from '../src/data/vocabulary.ts';

type Row = Readonly<Record<string, string>>;

export interface MergeResult {
  columns: string[];
  rows: Row[];
  added: string[];
  changed: { id: string; columns: string[] }[];
  unchanged: number;
  /** Ids of rows in the links file that no research row matches: added by hand or from another source. */
  kept: string[];
}

function keysOf(row: Row): string[] {
  return linkKeys({
    hubId: row.home_city ?? '',
    unitZh: row.home_unit_zh ?? '',
    unitEn: row.home_unit_en ?? '',
    countryIso2: row.country_iso2 ?? '',
    partnerZh: row.partner_zh ?? '',
    partnerEn: row.partner_en ?? '',
  });
}

function compareRows(a: Row, b: Row): number {
  const date = (row: Row): string => row.established || '\uffff';
  return (
    (a.home_city ?? '').localeCompare(b.home_city ?? '') ||
    date(a).localeCompare(date(b)) ||
    (a.id ?? '').localeCompare(b.id ?? '')
  );
}

/**
 * Merges research rows into the rows of data/links.tsv. A research row takes the id of the existing row
 * with the same hub, unit, country and partner name, so ids stay stable when other cells are corrected;
 * a new one gets a derived id. Existing rows that no research row matches are kept as they are.
 */
export function mergeResearch(existing: readonly Row[], research: readonly Row[]): MergeResult {
  const byKey = new Map<string, Row>();
  for (const row of existing) for (const key of keysOf(row)) byKey.set(key, row);
  const taken = new Set(existing.map((row) => row.id ?? ''));
  const matched = new Set<Row>();
  const result: MergeResult = { columns: [], rows: [], added: [], changed: [], unchanged: 0, kept: [] };

  for (const row of research) {
    const previous = keysOf(row)
      .map((key) => byKey.get(key))
      .find((candidate) => candidate !== undefined && !matched.has(candidate));
    const id = previous?.id ?? deriveLinkId(partsOf(row), taken);
    const merged: Row = { ...previous, ...row, id };
    result.rows.push(merged);
    if (!previous) {
      result.added.push(id);
      continue;
    }
    matched.add(previous);
    const columns = Object.keys(merged).filter(
      (column) => (previous[column] ?? '') !== (merged[column] ?? ''),
    );
    if (columns.length > 0) result.changed.push({ id, columns });
    else result.unchanged += 1;
  }
  for (const row of existing.filter((candidate) => !matched.has(candidate))) {
    result.rows.push(row);
    result.kept.push(row.id ?? '');
  }
  result.rows.sort(compareRows);
  const usedHome = HOME_COLUMNS.filter((column) => result.rows.some((row) => (row[column] ?? '') !== ''));
  result.columns = ['id', ...LINK_COLUMNS, ...usedHome];
  return result;
}

function partsOf(row: Row) {
  return {
    hubId: row.home_city ?? '',
    unitEn: row.home_unit_en ?? '',
    partnerZh: row.partner_zh ?? '',
    partnerEn: row.partner_en ?? '',
    partnerNative: row.partner_native ?? '',
    countryIso2: row.country_iso2 ?? '',
  };
}
