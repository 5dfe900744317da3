import { describe, expect, it } from 'vitest';
import { fillTemplate, parseTemplate } from './template.ts';

const NAMES = ['partners', 'countries', 'firstYear'];

describe('parseTemplate', () => {
  it('splits text and placeholders, with and without word forms', () => {
    const { parts, errors } = parseTemplate('{partners} in {countries|country|countries}.', NAMES);
    expect(errors).toEqual([]);
    expect(parts).toEqual([
      { kind: 'value', name: 'partners', forms: null },
      { kind: 'text', text: ' in ' },
      { kind: 'value', name: 'countries', forms: { one: 'country', other: 'countries' } },
      { kind: 'text', text: '.' },
    ]);
  });

  it('refuses an unknown placeholder and names the known ones', () => {
    expect(parseTemplate('{cities} cities', NAMES).errors).toEqual([
      'unknown placeholder {cities}; known: partners, countries, firstYear',
    ]);
  });

  it('refuses a placeholder with one word form or an empty one', () => {
    expect(parseTemplate('{partners|city}', NAMES).errors).toHaveLength(1);
    expect(parseTemplate('{partners|city|}', NAMES).errors).toHaveLength(1);
  });

  it('refuses stray braces', () => {
    expect(parseTemplate('a } b', NAMES).errors).toHaveLength(1);
    expect(parseTemplate('a {partners', NAMES).errors).toHaveLength(1);
  });
});

describe('fillTemplate', () => {
  it('formats counts for the language and picks the English plural', () => {
    const text = '{partners|partner city|partner cities} in {countries|country|countries}';
    expect(fillTemplate(text, { partners: 1, countries: 1200 }, 'en')).toBe(
      '1 partner city in 1,200 countries',
    );
    expect(fillTemplate(text, { partners: 2, countries: 0 }, 'en')).toBe('2 partner cities in 0 countries');
  });

  it('inserts labels such as years without grouping, and a dash for a missing value', () => {
    expect(fillTemplate('自 {firstYear} 年起', { firstYear: '1982' }, 'zh')).toBe('自 1982 年起');
    expect(fillTemplate('since {firstYear}', { firstYear: null }, 'en')).toBe('since –');
  });
});
