// Latin letters that Unicode does not decompose into a base letter plus an accent.
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
};

/** Printable ASCII without the two characters the full rules treat specially (asides and apostrophes). */
const PLAIN_ASCII = /^[\x20-\x26\x2a-\x7e]*$/;

/** Lower-case ASCII words joined by hyphens; accents dropped, parenthesised asides left out. */
export function slugify(text: string): string {
  // Most names are plain ASCII, for which the rules below come down to these two steps.
  if (PLAIN_ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return text
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/[ßøæœđłıþ]/g, (letter) => UNDECOMPOSED[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['ʻ’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** FNV-1a, for an id when a partner has only a Chinese name. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193);
  return (hash >>> 0).toString(36);
}

export interface LinkIdParts {
  hubId: string;
  unitEn: string;
  partnerZh: string;
  partnerEn: string;
  partnerNative: string;
  countryIso2: string;
}

/**
 * Ids for links without one, e.g. `liaocheng-uiryeong-county`: hub plus the partner's English (or native)
 * name. A clash with an id in `taken` adds the signing unit, then a number; `taken` is updated.
 */
export function deriveLinkId(parts: LinkIdParts, taken: Set<string>): string {
  const partner =
    slugify(parts.partnerEn) ||
    slugify(parts.partnerNative) ||
    `${parts.countryIso2.toLowerCase()}-${shortHash(parts.partnerZh)}`;
  const base = `${parts.hubId}-${partner}`;
  const isFree = (candidate: string) => !taken.has(candidate) && !candidate.endsWith('-');
  // The signing unit is slugified only for a clash: most partners have a name of their own.
  let id: string | undefined = base;
  if (!isFree(base)) {
    const withUnit = `${base}-${slugify(parts.unitEn)}`;
    id = isFree(withUnit) ? withUnit : undefined;
  }
  for (let n = 2; id === undefined; n += 1) if (!taken.has(`${base}-${n}`)) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export interface LinkKeyParts {
  hubId: string;
  unitZh: string;
  unitEn: string;
  countryIso2: string;
  partnerZh: string;
  partnerEn: string;
}

/** The signing unit as two rows are compared: its Chinese name, else its English one, in any case. */
export const signingUnitKey = (parts: Pick<LinkKeyParts, 'unitZh' | 'unitEn'>) =>
  (parts.unitZh || parts.unitEn).toLowerCase();
export const countryKey = (parts: Pick<LinkKeyParts, 'countryIso2'>) => parts.countryIso2.toUpperCase();
/** The English partner name as two rows are compared (the Chinese one is compared as written). */
export const partnerEnKey = (parts: Pick<LinkKeyParts, 'partnerEn'>) => parts.partnerEn.toLowerCase();

/** Keys under which two rows count as the same link: same hub, signing unit, country and partner name. */
export function linkKeys(parts: LinkKeyParts): string[] {
  const prefix = `${parts.hubId}|${signingUnitKey(parts)}|${countryKey(parts)}`;
  const names = [`zh:${parts.partnerZh}`, `en:${partnerEnKey(parts)}`];
  return names.filter((name) => !name.endsWith(':')).map((name) => `${prefix}|${name}`);
}
