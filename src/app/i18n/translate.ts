/**
 * Both dictionaries at once, synchronously: for Node (tests, scripts) that word a message in
 * either language. The page never imports this file's values — it loads one dictionary at a time
 * (i18n.svelte.ts) — so that the other language is not in its first JS (issue 15).
 */
import { en } from './en.ts';
import { fr } from './fr.ts';
import {
  formatMessage,
  type Dictionary,
  type Locale,
  type MessageKey,
  type MessageParams,
} from './format.ts';

export {
  formatCount,
  formatMessage,
  isLocale,
  locales,
  pickLocale,
  type Dictionary,
  type Locale,
  type MessageKey,
  type MessageParams,
} from './format.ts';

export const dictionaries: Record<Locale, Dictionary> = { en, fr };

/** The message `key` in `locale`, filled in with `params`. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return formatMessage(dictionaries[locale][key], params, locale);
}
