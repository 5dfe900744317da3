import { describe, expect, it } from 'vitest';
import { parseViewFromQuery, serializeViewToQuery } from './url.ts';
import { DEFAULT_FILTERS } from './view-state.ts';
import type { ViewState } from './view-state.ts';

const HUBS = ['daqing', 'jinzhong', 'liaocheng', 'chongqing'];

const fullView: ViewState = {
  lang: 'en',
  labels: 'both',
  theme: 'projector',
  projection: 'globe',
  filters: {
    hubs: ['liaocheng', 'chongqing'],
    regions: ['oceania', 'central-asia'],
    relations: ['sister'],
    levels: ['county'],
    yearFrom: 2001,
    yearTo: 2024,
    includeUndated: false,
  },
  partner: 'to:neiafu',
  camera: { center: [170.5, 22.25], zoom: 2.5 },
};

describe('serializeViewToQuery / parseViewFromQuery', () => {
  it('round-trips every field of the view', () => {
    const query = serializeViewToQuery(fullView);
    const { view, warnings } = parseViewFromQuery(query, HUBS);
    expect(warnings).toEqual([]);
    expect(view).toEqual(fullView);
  });

  it('round-trips an explicitly empty selection as distinct from "all"', () => {
    const emptyHubs = { ...fullView, filters: { ...DEFAULT_FILTERS, hubs: [] } };
    const { view } = parseViewFromQuery(serializeViewToQuery(emptyHubs), HUBS);
    expect(view.filters?.hubs).toEqual([]);
  });

  it('omits defaults so the plain view has a short URL', () => {
    const query = serializeViewToQuery({
      ...fullView,
      labels: 'lang',
      theme: 'default',
      projection: 'mercator',
      filters: DEFAULT_FILTERS,
      partner: null,
      camera: null,
    });
    expect(query).toBe('lang=en');
  });

  it('keeps query keys it does not own', () => {
    const query = serializeViewToQuery(fullView, '?mode=kiosk&embed=1&lang=zh');
    const params = new URLSearchParams(query);
    expect(params.get('mode')).toBe('kiosk');
    expect(params.get('embed')).toBe('1');
    expect(params.get('lang')).toBe('en');
  });

  it('treats a list naming every value as "all"', () => {
    const { view } = parseViewFromQuery('hubs=daqing,jinzhong,liaocheng,chongqing', HUBS);
    expect(view.filters?.hubs).toBeNull();
  });
});

describe('parseViewFromQuery with untrusted input', () => {
  it.each([
    ['lang=fr', 'lang'],
    ['projection=albers', 'projection'],
    ['from=99999', 'from'],
    ['to=abcd', 'to'],
    ['undated=yes', 'undated'],
    ['regions=mars', 'regions'],
    ['hubs=<script>', 'hubs'],
    ['partner=<img src=x onerror=alert(1)>', 'partner'],
  ])('ignores %s with a warning and keeps the default', (query, key) => {
    const { view, warnings } = parseViewFromQuery(query, HUBS);
    expect(warnings.join('\n')).toContain(key);
    expect(view).toEqual({});
  });

  it('keeps the valid items of a partly valid list', () => {
    const { view, warnings } = parseViewFromQuery('regions=europe,atlantis', HUBS);
    expect(view.filters?.regions).toEqual(['europe']);
    expect(warnings).toHaveLength(1);
  });

  it('uses the first of repeated keys', () => {
    const { view, warnings } = parseViewFromQuery('lang=en&lang=zh', HUBS);
    expect(view.lang).toBe('en');
    expect(warnings[0]).toContain('repeated');
  });

  it('rejects a reversed year range', () => {
    const { view } = parseViewFromQuery('from=2020&to=2000', HUBS);
    expect(view.filters).toBeUndefined();
  });

  it.each([
    'center=1e400,5&zoom=2',
    'center=10&zoom=2',
    'center=10,95&zoom=2',
    'center=10,5&zoom=99',
    'center=10,5',
  ])('ignores a malformed camera: %s', (query) => {
    expect(parseViewFromQuery(query, HUBS).view.camera).toBeUndefined();
  });

  it('never throws on random input', () => {
    const alphabet = 'az09=&,%.-_<>"\'中 ';
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 500; i += 1) {
      const query = Array.from({ length: 40 }, () => alphabet[Math.floor(random() * alphabet.length)]).join(
        '',
      );
      expect(() => parseViewFromQuery(query, HUBS)).not.toThrow();
    }
  });
});
