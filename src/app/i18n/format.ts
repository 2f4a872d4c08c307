/**
 * The interface's languages and how a message is filled in, without any dictionary: the page
 * loads only the chosen language's dictionary (i18n.svelte.ts), so nothing here may import one.
 */
import type { en } from './en.ts';

/** The languages of the interface. */
export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];

/** A message key: a key of the English dictionary. */
export type MessageKey = keyof typeof en;

/** A language's messages, complete: French is type-checked against English. */
export type Dictionary = Readonly<Record<MessageKey, string>>;

/** Values for the `{name}` placeholders of a message; numbers are formatted for the locale. */
export type MessageParams = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'fr';
}

/**
 * The locale to start with: the stored choice if there is one, otherwise the first browser
 * language we have (`fr-CA` counts as `fr`), otherwise English.
 */
export function pickLocale(stored: string | null, languages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

// Intl objects are slow to create and fast to use: build one per locale.
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

export function formatCount(n: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}

function plural(n: number, locale: Locale): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

/**
 * Fill in a message: pick the singular or plural form (`one|other`) by the `count` parameter,
 * then replace each `{name}` by its parameter. Unknown placeholders are left as they are so a
 * missing parameter shows up instead of vanishing.
 */
export function formatMessage(
  message: string,
  params: MessageParams | undefined,
  locale: Locale,
): string {
  let text = message;
  const bar = text.indexOf('|');
  if (bar >= 0) {
    const count = params?.count;
    const one = typeof count === 'number' && plural(count, locale) === 'one';
    text = one ? text.slice(0, bar) : text.slice(bar + 1);
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatCount(value, locale) : value;
  });
}
