import { describe, expect, it } from 'vitest';
import { regionOfCountry } from './regions.ts';

describe('regionOfCountry', () => {
  it.each([
    ['RU', 'europe'],
    ['BY', 'europe'],
    ['TR', 'west-asia'],
    ['CY', 'west-asia'],
    ['IR', 'south-asia'],
    ['MX', 'latin-america'],
    ['CU', 'latin-america'],
    ['AR', 'latin-america'],
    ['US', 'north-america'],
    ['CA', 'north-america'],
    ['AU', 'oceania'],
    ['FJ', 'oceania'],
    ['TO', 'oceania'],
    ['KI', 'oceania'],
    ['KZ', 'central-asia'],
    ['KG', 'central-asia'],
    ['UZ', 'central-asia'],
    ['MN', 'east-asia'],
    ['JP', 'east-asia'],
    ['KR', 'east-asia'],
    ['LA', 'southeast-asia'],
    ['MU', 'africa'],
  ])('puts %s in %s', (iso2, region) => {
    expect(regionOfCountry(iso2)).toBe(region);
  });

  it('accepts lower case', () => {
    expect(regionOfCountry('de')).toBe('europe');
  });

  it('has no region for Antarctica', () => {
    expect(regionOfCountry('AQ')).toBeNull();
  });

  it('has no region for an unknown code', () => {
    expect(regionOfCountry('ZZ')).toBeNull();
  });
});
