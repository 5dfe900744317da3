import { REGION_IDS, RELATION_TYPES, SIGNER_LEVELS } from '../data/index.ts';
import { LANGS } from '../i18n/index.ts';
import type { Lang } from '../i18n/index.ts';
import { DEFAULT_FILTERS } from './view-state.ts';
import type { Camera, Filters, LabelMode, Projection, Theme, ViewState } from './view-state.ts';

/** The URL query keys this module owns; other keys (mode, embed, data…) pass through untouched. */
export const VIEW_KEYS = [
  'lang',
  'labels',
  'theme',
  'projection',
  'hubs',
  'regions',
  'relations',
  'levels',
  'from',
  'to',
  'undated',
  'partner',
  'center',
  'zoom',
] as const;

/** An explicitly empty selection (every chip switched off), distinct from "all", which omits the key. */
const NONE = 'none';
const PROJECTIONS: readonly Projection[] = ['mercator', 'globe'];
const LABEL_MODES: readonly LabelMode[] = ['lang', 'both'];
const THEMES: readonly Theme[] = ['default', 'projector'];
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

export interface ParsedView {
  view: Partial<ViewState>;
  warnings: string[];
}

/**
 * Reads the view from a query string. The URL is untrusted input: each parameter is parsed on its own,
 * only known values are accepted, and anything else is dropped with a warning (the default stays).
 */
export function parseViewFromQuery(search: string, knownHubIds: readonly string[]): ParsedView {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const reject = (key: string) => warnings.push(`Ignoring URL parameter ${key}=${params.get(key) ?? ''}`);
  const view: Partial<ViewState> = {};
  const filters: Filters = { ...DEFAULT_FILTERS };
  let hasFilters = false;

  const single = (key: string): string | null => {
    const values = params.getAll(key);
    if (values.length > 1) warnings.push(`URL parameter ${key} repeated; using the first value`);
    return values[0] ?? null;
  };
  const oneOf = <T extends string>(key: string, allowed: readonly T[]): T | undefined => {
    const value = single(key);
    if (value === null) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    reject(key);
    return undefined;
  };
  const listOf = <T extends string>(key: string, allowed: readonly T[]): T[] | null | undefined => {
    const value = single(key);
    if (value === null) return undefined;
    if (value === NONE) return [];
    const items = value.split(',').filter(Boolean);
    const valid = items.filter((item): item is T => (allowed as readonly string[]).includes(item));
    if (valid.length !== items.length || valid.length === 0) reject(key);
    if (valid.length === 0) return undefined;
    return valid.length === allowed.length ? null : [...new Set(valid)];
  };
  const year = (key: string): number | undefined => {
    const value = single(key);
    if (value === null) return undefined;
    const parsed = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (parsed >= MIN_YEAR && parsed <= MAX_YEAR) return parsed;
    reject(key);
    return undefined;
  };

  const lang = oneOf<Lang>('lang', LANGS);
  if (lang) view.lang = lang;
  const theme = oneOf<Theme>('theme', THEMES);
  if (theme) view.theme = theme;
  const labels = oneOf<LabelMode>('labels', LABEL_MODES);
  if (labels) view.labels = labels;
  const projection = oneOf('projection', PROJECTIONS);
  if (projection) view.projection = projection;

  const lists = {
    hubs: listOf('hubs', knownHubIds),
    regions: listOf('regions', REGION_IDS),
    relations: listOf('relations', RELATION_TYPES),
    levels: listOf('levels', SIGNER_LEVELS),
  };
  for (const [key, value] of Object.entries(lists)) {
    if (value === undefined) continue;
    Object.assign(filters, { [key]: value });
    hasFilters = true;
  }
  const from = year('from');
  const to = year('to');
  if (from !== undefined && to !== undefined && from > to) {
    warnings.push(`Ignoring URL year range ${from}–${to}: from is after to`);
  } else {
    if (from !== undefined) [filters.yearFrom, hasFilters] = [from, true];
    if (to !== undefined) [filters.yearTo, hasFilters] = [to, true];
  }
  const undated = oneOf('undated', ['0', '1'] as const);
  if (undated) [filters.includeUndated, hasFilters] = [undated === '1', true];
  if (hasFilters) view.filters = filters;

  const partner = single('partner');
  if (partner !== null) {
    if (/^[a-z]{2}:[^<>]{1,120}$/.test(partner)) view.partner = partner;
    else reject('partner');
  }

  const camera = parseCamera(single('center'), single('zoom'));
  if (camera) view.camera = camera;
  else if (params.has('center') || params.has('zoom'))
    warnings.push('Ignoring malformed center/zoom in the URL');
  return { view, warnings };
}

function parseCamera(center: string | null, zoom: string | null): Camera | null {
  if (center === null || zoom === null) return null;
  const parts = center.split(',');
  if (parts.length !== 2 || !parts.every((p) => /^-?\d+(\.\d+)?$/.test(p))) return null;
  const [lng, lat] = parts.map(Number) as [number, number];
  const z = /^\d+(\.\d+)?$/.test(zoom) ? Number(zoom) : NaN;
  if (Math.abs(lng) > 540 || Math.abs(lat) > 85 || !(z >= 0 && z <= 22)) return null;
  return { center: [lng, lat], zoom: z };
}

/** Writes the view into `base` (keeping keys this module does not own), omitting defaults for short URLs. */
export function serializeViewToQuery(view: ViewState, base = ''): string {
  const params = new URLSearchParams(base);
  for (const key of VIEW_KEYS) params.delete(key);
  const { filters } = view;
  params.set('lang', view.lang);
  if (view.labels !== 'lang') params.set('labels', view.labels);
  if (view.theme !== 'default') params.set('theme', view.theme);
  if (view.projection !== 'mercator') params.set('projection', view.projection);
  const setList = (key: string, list: readonly string[] | null) => {
    if (list) params.set(key, list.length ? list.join(',') : NONE);
  };
  setList('hubs', filters.hubs);
  setList('regions', filters.regions);
  setList('relations', filters.relations);
  setList('levels', filters.levels);
  if (filters.yearFrom !== null) params.set('from', String(filters.yearFrom));
  if (filters.yearTo !== null) params.set('to', String(filters.yearTo));
  if (!filters.includeUndated) params.set('undated', '0');
  if (view.partner) params.set('partner', view.partner);
  if (view.camera) {
    params.set('center', view.camera.center.map((v) => v.toFixed(3)).join(','));
    params.set('zoom', view.camera.zoom.toFixed(2));
  }
  return params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
}
