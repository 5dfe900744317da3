import { LINK_COLUMNS } from './vocabulary.ts';

// Builders for small inline data files in tests; each call returns fresh values.

export const TODAY = new Date(2026, 10, 23);

export function validLinkCells(): Record<string, string> {
  return {
    home_city: 'liaocheng',
    home_unit_zh: '聊城市',
    home_unit_en: 'Liaocheng',
    home_level: 'prefecture',
    partner_zh: '宜宁郡',
    partner_en: 'Uiryeong County',
    partner_native: '의령군',
    partner_admin_en: 'South Gyeongsang Province',
    country_en: 'South Korea',
    country_iso2: 'KR',
    lat: '35.3192',
    lon: '128.2611',
    relation: 'sister',
    established: '2001-06-07',
    established_precision: 'day',
    status: 'active',
    sources: 'seed:003_de2f5222ebd94eff.txt https://en.m.wikipedia.org/wiki/Uiryeong_County',
    confidence: 'high',
    note: '',
  };
}

/** A TSV links file: the header (research columns plus `extraColumns`) and one line per row. */
export function linksTsv(
  rows: readonly Record<string, string>[],
  extraColumns: readonly string[] = [],
): string {
  const columns = [...LINK_COLUMNS, ...extraColumns];
  const lines = [columns, ...rows.map((row) => columns.map((column) => row[column] ?? ''))];
  return lines.map((cells) => cells.join('\t')).join('\n') + '\n';
}

/** The valid row with some cells replaced. */
export function linkRow(changes: Record<string, string> = {}): Record<string, string> {
  return { ...validLinkCells(), ...changes };
}

export const HUBS_TSV =
  'id\tname_zh\tname_en\tlat\tlon\tsource\nliaocheng\t聊城\tLiaocheng\t36.4559\t115.9852\thttps://en.wikipedia.org/wiki/Liaocheng\n';

export function file(name: string, text: string): { name: string; bytes: Uint8Array } {
  return { name, bytes: new TextEncoder().encode(text) };
}
