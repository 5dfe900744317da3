import { describe, expect, it } from 'vitest';
import { clockScaleOf, isSameOriginRelative, parseAppMode } from './app-mode.ts';

const PAGE = 'https://www.example.gov.cn/foreign-affairs/map/index.html';

describe('isSameOriginRelative', () => {
  it.each([
    'data/links.tsv',
    './custom.csv',
    '../shared/links.json',
    '/foreign-affairs/data.tsv',
    'x.tsv?v=2',
  ])('accepts %s', (value) => {
    expect(isSameOriginRelative(value, PAGE)).toBe(true);
  });

  it.each([
    'https://evil.example.com/links.tsv',
    'http://www.example.gov.cn/links.tsv',
    '//evil.example.com/links.tsv',
    '\\\\evil.example.com\\links.tsv',
    '/\\evil.example.com/links.tsv',
    'javascript:alert(1)',
    'data:text/plain,hello',
    'blob:https://www.example.gov.cn/123',
    ' https://evil.example.com/x',
    '',
  ])('refuses %s', (value) => {
    expect(isSameOriginRelative(value, PAGE)).toBe(false);
  });
});

describe('parseAppMode', () => {
  it('reads kiosk settings', () => {
    const { mode, warnings } = parseAppMode('?mode=kiosk&idle=30&reload=03:30&timescale=600', PAGE);
    expect(mode).toMatchObject({
      kind: 'kiosk',
      idleSeconds: 30,
      reloadAt: '03:30',
      embed: false,
      timeScale: 600,
    });
    expect(warnings).toEqual([]);
  });

  it('defaults and warns on nonsense', () => {
    const { mode, warnings } = parseAppMode('?mode=party&idle=-4&reload=25:00&timescale=1e9', PAGE);
    expect(mode).toMatchObject({ kind: 'normal', idleSeconds: 60, reloadAt: null, timeScale: 1 });
    expect(warnings).toHaveLength(4);
  });

  it('reports a refused data URL so the page can say so', () => {
    const { mode, refusedDataUrl } = parseAppMode('?embed=1&data=https://evil.example.com/x.tsv', PAGE);
    expect(mode.embed).toBe(true);
    expect(mode.dataUrl).toBeNull();
    expect(refusedDataUrl).toBe('https://evil.example.com/x.tsv');
  });
});

describe('clockScaleOf', () => {
  it('speeds up a kiosk by its timescale, and nothing else', () => {
    expect(clockScaleOf(parseAppMode('?mode=kiosk&timescale=600', PAGE).mode)).toBe(600);
    expect(clockScaleOf(parseAppMode('?mode=kiosk', PAGE).mode)).toBe(1);
    expect(clockScaleOf(parseAppMode('?mode=present&timescale=600', PAGE).mode)).toBe(1);
    expect(clockScaleOf(parseAppMode('?timescale=600', PAGE).mode)).toBe(1);
  });
});
