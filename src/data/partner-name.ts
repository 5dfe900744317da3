import type { Link } from './link-schema.ts';

/** The partner's name in the language asked for, else in the other one, else its native name. */
export function partnerName(
  link: Pick<Link, 'partnerZh' | 'partnerEn' | 'partnerNative'>,
  lang: 'zh' | 'en',
): string {
  const [first, second] = lang === 'zh' ? [link.partnerZh, link.partnerEn] : [link.partnerEn, link.partnerZh];
  return first || second || link.partnerNative;
}
