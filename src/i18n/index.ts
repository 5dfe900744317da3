import { en } from './en.ts';
import type { Lang, Messages } from './messages.ts';
import { zh } from './zh.ts';

export type { Lang, Messages } from './messages.ts';
export { LANGS } from './messages.ts';
export * from './format.ts';

const MESSAGES: Record<Lang, Messages> = { zh, en };

export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang];
}

/** The browser's preferred language decides the default: Chinese for any zh-* locale, English otherwise. */
export function detectLang(languages: readonly string[]): Lang {
  const first = languages.find((tag) => /^(zh|en)\b/i.test(tag));
  return first?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
