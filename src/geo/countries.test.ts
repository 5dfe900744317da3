import { describe, expect, it } from 'vitest';
import { countryName, isCountryCode } from './countries.ts';

describe('countryName', () => {
  it('names a country in Chinese', () => {
    expect(countryName('KR', 'zh')).toBe('韩国');
  });

  it('names a country in English', () => {
    expect(countryName('KR', 'en')).toBe('South Korea');
  });

  it('falls back to the code for an unknown one', () => {
    expect(countryName('QQ', 'en')).toBe('QQ');
  });
});

describe('isCountryCode', () => {
  it('accepts an assigned alpha-2 code', () => {
    expect(isCountryCode('VU')).toBe(true);
  });

  it('rejects UK, which is not the ISO code for Britain', () => {
    expect(isCountryCode('UK')).toBe(false);
  });

  it('rejects lower case and alpha-3', () => {
    expect([isCountryCode('gb'), isCountryCode('GBR')]).toEqual([false, false]);
  });
});
