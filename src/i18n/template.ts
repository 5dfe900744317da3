import type { Lang } from './messages.ts';
import { formatInteger, pluralRules } from './format.ts';

/**
 * Text with live numbers, for texts written outside the code (the story file): `{partners}` is replaced by
 * the number; `{partners|partner city|partner cities}` by the number and the word in the plural form the
 * language asks for ("1 partner city", "12 partner cities"). Nothing else may use braces.
 */
export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string; forms: { one: string; other: string } | null };

export interface ParsedTemplate {
  parts: TemplatePart[];
  errors: string[];
}

const PLACEHOLDER = /\{([^{}]*)\}/g;
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

export function parseTemplate(text: string, allowedNames: readonly string[]): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const errors: string[] = [];
  const pushText = (chunk: string) => {
    if (/[{}]/.test(chunk)) errors.push(`unbalanced brace in "${text}"`);
    if (chunk) parts.push({ kind: 'text', text: chunk });
  };
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    pushText(text.slice(last, match.index));
    last = match.index + match[0].length;
    const [name = '', ...forms] = (match[1] ?? '').split('|').map((piece) => piece.trim());
    if (!NAME.test(name) || !allowedNames.includes(name)) {
      errors.push(`unknown placeholder {${match[1] ?? ''}}; known: ${allowedNames.join(', ')}`);
      continue;
    }
    if (forms.length !== 0 && (forms.length !== 2 || forms.some((form) => form === ''))) {
      errors.push(`{${match[1] ?? ''}} needs exactly two word forms: {${name}|one|other}`);
      continue;
    }
    const [one = '', other = ''] = forms;
    parts.push({ kind: 'value', name, forms: forms.length ? { one, other } : null });
  }
  pushText(text.slice(last));
  return { parts, errors };
}

/** A value is a count (formatted with grouping) or a label such as a year (inserted as it is); null shows "–". */
export type TemplateValue = number | string | null;

export function fillTemplate(
  text: string,
  values: Readonly<Record<string, TemplateValue>>,
  lang: Lang,
): string {
  const { parts } = parseTemplate(text, Object.keys(values));
  const plural = pluralRules(lang);
  return parts
    .map((part) => {
      if (part.kind === 'text') return part.text;
      const value = values[part.name] ?? null;
      const shown = value === null ? '–' : typeof value === 'number' ? formatInteger(value, lang) : value;
      if (!part.forms) return shown;
      const amount = typeof value === 'number' ? value : Number(value);
      return `${shown} ${plural.select(amount) === 'one' ? part.forms.one : part.forms.other}`;
    })
    .join('');
}
