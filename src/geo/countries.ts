// The package's index.js is the entry without locales; its default entry would bundle all of them.
import { alpha2ToAlpha3, getName, registerLocale } from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };

registerLocale(en);
registerLocale(zh);

/** True for an assigned ISO 3166-1 alpha-2 code, written in capitals. */
export function isCountryCode(iso2: string): boolean {
  return /^[A-Z]{2}$/.test(iso2) && alpha2ToAlpha3(iso2) !== undefined;
}

/** The short country name in Chinese or English; the code itself when unknown. */
export function countryName(iso2: string, lang: 'zh' | 'en'): string {
  return getName(iso2.toUpperCase(), lang) ?? iso2;
}

/** Chinese and English names of every country the links mention, for a dataset to carry to the UI. */
export function collectCountryNames(iso2Codes: Iterable<string>): Record<string, { zh: string; en: string }> {
  const names: Record<string, { zh: string; en: string }> = {};
  for (const iso2 of iso2Codes) names[iso2] ??= { zh: countryName(iso2, 'zh'), en: countryName(iso2, 'en') };
  return names;
}
