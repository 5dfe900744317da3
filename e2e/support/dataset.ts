import { readFileSync } from 'node:fs';
import { regionOfCountry } from '../../src/geo/regions.ts';
import type { RegionId } from '../../src/geo/regions.ts';

export interface RawLinkRow {
  [column: string]: string;
}

/** Reads data/links.tsv directly, independently of the app's parser, so tests compare against the file itself. */
export function readLinkRows(): RawLinkRow[] {
  return readTsv('links.tsv');
}

function readTsv(name: string): RawLinkRow[] {
  const [header, ...lines] = readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const columns = (header ?? '').split('\t');
  return lines.map((line) =>
    Object.fromEntries(line.split('\t').map((cell, i) => [columns[i] ?? `#${i}`, cell])),
  );
}

export interface HubRow {
  id: string;
  nameZh: string;
  nameEn: string;
  lon: number;
  lat: number;
}

export function readHubs(): HubRow[] {
  return readTsv('hubs.tsv').map((row) => ({
    id: row.id ?? '',
    nameZh: row.name_zh ?? '',
    nameEn: row.name_en ?? '',
    lon: Number(row.lon),
    lat: Number(row.lat),
  }));
}

/** One row of links.tsv in the terms the UI filters on. */
export interface LinkFact {
  hub: string;
  level: string;
  relation: string;
  country: string;
  region: RegionId;
  /** Signing year, or null when `established` is empty. */
  year: number | null;
  partnerZh: string;
  partnerEn: string;
  /** The same partner reached from two hubs (or a city and its county) counts once. */
  partnerKey: string;
  lon: number;
  lat: number;
}

/**
 * The partner identity the README documents for `partner=`: country code plus the English name (else the
 * Chinese one) in lower case, without a trailing parenthesised aside.
 */
export function partnerKeyOfRow(row: RawLinkRow): string {
  const name = (row.partner_en || row.partner_zh || '')
    .replace(/\s*\(.*\)\s*$/, '')
    .trim()
    .toLowerCase();
  return `${(row.country_iso2 ?? '').toLowerCase()}:${name}`;
}

export function readLinkFacts(): LinkFact[] {
  return readLinkRows().map((row) => {
    const country = row.country_iso2 ?? '';
    const region = regionOfCountry(country);
    if (!region) throw new Error(`links.tsv: no region for country ${country}`);
    const established = row.established ?? '';
    return {
      hub: row.home_city ?? '',
      level: row.home_level ?? '',
      relation: row.relation ?? '',
      country,
      region,
      year: established ? Number(established.slice(0, 4)) : null,
      partnerZh: row.partner_zh ?? '',
      partnerEn: row.partner_en ?? '',
      partnerKey: partnerKeyOfRow(row),
      lon: Number(row.lon),
      lat: Number(row.lat),
    };
  });
}

/** A selection as the URL describes it: `null` lists mean "all", years are inclusive. */
export interface Selection {
  hubs?: readonly string[];
  regions?: readonly string[];
  relations?: readonly string[];
  levels?: readonly string[];
  from?: number;
  to?: number;
  undated?: boolean;
}

export function isSelected(link: LinkFact, selection: Selection): boolean {
  if (selection.hubs && !selection.hubs.includes(link.hub)) return false;
  if (selection.regions && !selection.regions.includes(link.region)) return false;
  if (selection.relations && !selection.relations.includes(link.relation)) return false;
  if (selection.levels && !selection.levels.includes(link.level)) return false;
  if (link.year === null) return selection.undated ?? true;
  if (selection.from !== undefined && link.year < selection.from) return false;
  if (selection.to !== undefined && link.year > selection.to) return false;
  return true;
}

export interface SelectionFigures {
  links: number;
  partners: number;
  countries: number;
  regions: number;
}

export function figuresOf(links: readonly LinkFact[], selection: Selection = {}): SelectionFigures {
  const chosen = links.filter((link) => isSelected(link, selection));
  return {
    links: chosen.length,
    partners: new Set(chosen.map((link) => link.partnerKey)).size,
    countries: new Set(chosen.map((link) => link.country)).size,
    regions: new Set(chosen.map((link) => link.region)).size,
  };
}

export function yearDomain(links: readonly LinkFact[]): [number, number] {
  const years = links.map((link) => link.year).filter((year): year is number => year !== null);
  return [Math.min(...years), Math.max(...years)];
}

/** How often each value of `key` occurs, most frequent first. */
export function countBy<K>(links: readonly LinkFact[], key: (link: LinkFact) => K): [K, number][] {
  const counts = new Map<K, number>();
  for (const link of links) counts.set(key(link), (counts.get(key(link)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** The most frequent value of `key`, so a test touches a filter that changes a lot. */
export function mostCommon<K>(links: readonly LinkFact[], key: (link: LinkFact) => K): K {
  const [top] = countBy(links, key);
  if (!top) throw new Error('links.tsv has no rows');
  return top[0];
}
