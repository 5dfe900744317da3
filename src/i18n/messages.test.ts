import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { zh } from './zh.ts';
import { detectLang, formatSigningDate } from './index.ts';

/** Every key path of a messages object, functions included as leaves. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe('messages', () => {
  it('has exactly the same keys in Chinese and English', () => {
    expect(keyPaths(zh).sort()).toEqual(keyPaths(en).sort());
  });

  it('has no empty string in either language', () => {
    for (const messages of [zh, en]) {
      const empty = keyPaths(messages).filter((path) => {
        const leaf = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);
        return leaf === '';
      });
      expect(empty).toEqual([]);
    }
  });

  it('uses English plurals', () => {
    expect(en.hubLinks(1, 1)).toBe('1 partner · 1 country');
    expect(en.hubLinks(27, 16)).toBe('27 partners · 16 countries');
  });
});

describe('formatSigningDate', () => {
  const date = (
    year: number | null,
    month: number | null,
    day: number | null,
    precision: 'day' | 'month' | 'year' | 'unknown',
  ) => ({ year, month, day, precision });

  it.each([
    [date(2024, null, null, 'year'), 'zh', '2024年'],
    [date(2024, 10, null, 'month'), 'zh', '2024年10月'],
    [date(2024, 10, 15, 'day'), 'zh', '2024年10月15日'],
    [date(2024, null, null, 'year'), 'en', '2024'],
    [date(2024, 10, null, 'month'), 'en', 'Oct 2024'],
    [date(2024, 10, 15, 'day'), 'en', '15 Oct 2024'],
  ] as const)('formats %o in %s as %s', (value, lang, expected) => {
    expect(formatSigningDate(value, lang)).toBe(expected);
  });

  it('returns null for an unknown date', () => {
    expect(formatSigningDate(date(null, null, null, 'unknown'), 'en')).toBeNull();
  });
});

describe('detectLang', () => {
  it.each([
    [['zh-CN', 'en'], 'zh'],
    [['zh-TW'], 'zh'],
    [['en-US', 'zh-CN'], 'en'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ] as const)('%o → %s', (languages, expected) => {
    expect(detectLang(languages)).toBe(expected);
  });
});

describe('attract loop messages', () => {
  it('words a year of signings with English plurals', () => {
    expect(en.attract.signings(2024, 'Liaocheng', 1)).toBe('2024 · Liaocheng · 1 new partner city');
    expect(en.attract.signings(2024, 'Liaocheng', 4)).toBe('2024 · Liaocheng · 4 new partner cities');
    expect(zh.attract.signings(2024, '聊城', 4)).toBe('2024年 · 聊城 · 新增 4 个伙伴城市');
  });

  it('counts the countdown in seconds', () => {
    expect(en.attract.countdown(1)).toBe('Guided tour starts in 1 second');
    expect(en.attract.countdown(10)).toBe('Guided tour starts in 10 seconds');
  });
});
