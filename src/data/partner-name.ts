import type { Link } from './link-schema.ts';

/** The partner's name in the language asked for, else in the other one, else its native name. */
export function partnerName(
  link: Pick<Link, 'partnerZh' | 'partnerEn' | 'partnerNative'>,
  lang: 'zh' | 'en',
): string {
  const [first, second] = lang === 'zh' ? [link.partnerZh, link.partnerEn] : [link.partnerEn, link.partnerZh];
  return first || second || link.partnerNative;
}

/**
 * Identity of a partner city across links (two hubs, or a city and one of its counties, may share a partner):
 * its country plus its normalised English name, or Chinese name when there is no English one.
 * Also the `partner=` value in the URL.
 */
export function partnerKeyOf(link: Pick<Link, 'countryIso2' | 'partnerEn' | 'partnerZh'>): string {
  let key = partnerKeys.get(link);
  if (key === undefined) {
    const name = (link.partnerEn || link.partnerZh)
      .replace(/\s*\(.*\)\s*$/, '')
      .trim()
      .toLowerCase();
    key = `${link.countryIso2.toLowerCase()}:${name}`;
    partnerKeys.set(link, key);
  }
  return key;
}

/** Links are never changed after parsing, and selectors, labels and lists ask for the same keys on every change. */
const partnerKeys = new WeakMap<object, string>();
