/**
 * Patterns of the app's English text, to find English left on a French page: each message of
 * the English dictionary and each error of the core's catalogue that French words differently.
 */
import { en } from '../../../src/app/i18n/en.ts';
import { fr } from '../../../src/app/i18n/fr.ts';
import { ERROR_MESSAGES, type ErrorCode } from '../../../src/core/errors/index.ts';
import { errorMessagesFr } from '../../../src/core/errors/messages.fr.ts';

// Placeholders that are always numbers; others stand for any text.
const NUMERIC = new Set([
  'count',
  'n',
  'line',
  'column',
  'rows',
  'max',
  'fields',
  'expected',
  'header',
  'item',
]);

/**
 * A pattern for an English text: `{name}` placeholders stand for a number or any text, and a
 * match must not be inside a longer word ("Error" in "ReferenceError").
 */
export function englishPattern(form: string): RegExp {
  const source = form
    .split(/(\{\w+\})/)
    .map((part) => {
      const placeholder = /^\{(\w+)\}$/.exec(part);
      if (!placeholder) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      // Any text, but not ending in a blank: French puts one before ":" where English does not.
      return NUMERIC.has(placeholder[1])
        ? '[\\d\\s,.\\u00a0\\u202f]+'
        : '(?:.*?[^\\s\\u00a0\\u202f])';
    })
    .join('');
  return new RegExp(`(?<!\\p{L})${source}(?!\\p{L})`, 'u');
}

// A message that is only placeholders joined by a short word ("{loaded} of {total}") would
// match any English sentence of the notebook's own; it cannot be told apart, so it is left out.
const telling = (form: string) =>
  form.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '').length >= 4;

const KEYS = Object.keys(en).filter((key): key is keyof typeof en => key in en);
const CODES = Object.keys(ERROR_MESSAGES).filter(
  (code): code is ErrorCode => code in ERROR_MESSAGES,
);

/** Every English message that French words differently, with its key or `error:<code>`. */
export const ENGLISH: { key: string; pattern: RegExp }[] = [
  ...KEYS.flatMap((key) => {
    const french = fr[key].split('|');
    return en[key]
      .split('|')
      .filter((form, i) => form !== french[i] && form !== french[0])
      .filter(telling)
      .map((form) => ({ key, pattern: englishPattern(form) }));
  }),
  ...CODES.filter((code) => ERROR_MESSAGES[code] !== errorMessagesFr[code])
    .filter((code) => telling(ERROR_MESSAGES[code]))
    .map((code) => ({ key: `error:${code}`, pattern: englishPattern(ERROR_MESSAGES[code]) })),
];

/** The English messages found in `texts`, as `key: text`. */
export function englishIn(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts)
    for (const { key, pattern } of ENGLISH) if (pattern.test(text)) found.add(`${key}: ${text}`);
  return [...found];
}

/**
 * English words that French never writes, so that one of them in the interface's text is
 * English left on a French page, whatever wrote it (the engine, a library, the app): the
 * catalogue above finds only the app's own sentences.
 */
const ENGLISH_WORDS = new Set(
  (
    'the of to is are was were be been not cannot could would should must with from this that ' +
    'which has have does did expected unexpected invalid missing unknown failed found line ' +
    'column than when where there only into and its it outside token declared defined ' +
    'undefined contains damaged properties error blocked'
  ).split(' '),
);

/** The texts that hold a word of English, with those words. */
export function englishWordsIn(texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    // Identifiers shown as titles ("NetworkBlockedError") are read word by word.
    const spaced = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase();
    const words = (spaced.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => ENGLISH_WORDS.has(word));
    if (words.length) found.push(`${[...new Set(words)].join(' ')}: ${text}`);
  }
  return found;
}
