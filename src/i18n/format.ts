import type { SigningDate } from '../data/index.ts';
import type { Lang } from './messages.ts';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

export function localeOf(lang: Lang): string {
  return LOCALE[lang];
}

/** Intl formatters are slow to build and every filter change formats dozens of counts: one per language. */
function perLang<T>(create: (locale: string) => T): (lang: Lang) => T {
  const cache = new Map<Lang, T>();
  return (lang) => {
    let formatter = cache.get(lang);
    if (formatter === undefined) {
      formatter = create(LOCALE[lang]);
      cache.set(lang, formatter);
    }
    return formatter;
  };
}

const integerFormat = perLang((locale) => new Intl.NumberFormat(locale));
const listFormat = perLang((locale) => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
export const pluralRules = perLang((locale) => new Intl.PluralRules(locale));
export const collator = perLang((locale) => new Intl.Collator(locale));

/**
 * A signing date at the precision the sources give it: "2024" / "Oct 2024" / "15 Oct 2024",
 * "2024年10月" in Chinese; `null` when the date is unknown (callers show their own "date unknown").
 */
export function formatSigningDate(date: SigningDate, lang: Lang): string | null {
  if (date.year === null || date.precision === 'unknown') return null;
  const utc = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (date.precision === 'month' || date.precision === 'day')
    options.month = lang === 'zh' ? 'long' : 'short';
  if (date.precision === 'day') options.day = 'numeric';
  return new Intl.DateTimeFormat(LOCALE[lang], options).format(utc);
}

export function formatList(items: readonly string[], lang: Lang): string {
  return listFormat(lang).format(items);
}

export function formatInteger(value: number, lang: Lang): string {
  return integerFormat(lang).format(value);
}
