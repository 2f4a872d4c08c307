import type { ErrorParams } from './algobook-error.ts';
import { ERROR_MESSAGES, fillTemplate, isErrorCode, type ErrorCode } from './messages.ts';

/** The languages errors are worded in. */
export type ErrorLocale = 'en' | 'fr';

/**
 * The text of every error code, per language. English is always here (every error's fallback,
 * and `AlgobookError`'s message); French once `french.ts` has been imported: by the command
 * line's exports, and on the page with the French dictionary, so that a reader who reads English
 * does not load and evaluate ~20 KB of French with the page's first chunks (issue 15).
 */
export const errorCatalogues: { en: Record<ErrorCode, string> } & Partial<
  Record<ErrorLocale, Record<ErrorCode, string>>
> = { en: ERROR_MESSAGES };

/** Adds a language's error text (see `french.ts`). */
export function addErrorCatalogue(locale: ErrorLocale, catalogue: Record<ErrorCode, string>): void {
  errorCatalogues[locale] = catalogue;
}

const numberFormats = new Map<ErrorLocale, Intl.NumberFormat>();
const listFormats = new Map<ErrorLocale, Intl.ListFormat>();

function formatNumber(n: number, locale: ErrorLocale): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}

function formatList(items: string[], locale: ErrorLocale): string {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale)));
  return format.format(items);
}

/**
 * Codes that name another error (its code is the `cause` parameter, its own parameters beside):
 * the parameter that holds that error's text, worded again in the reader's language.
 */
const CAUSE_FIELDS: Partial<Record<ErrorCode, string>> = {
  'input-failed': 'message',
  'dataset-unavailable': 'reason',
  'import-cell-failed': 'reason',
  'import-unavailable': 'reason',
  'import-malformed': 'reason',
};

/**
 * An error in `locale`, worded from its code and parameters. An error without a code (thrown by
 * a notebook's own code) or with a code this version does not know keeps its `fallback`, the
 * English message it came with. A failed input, a dataset no URL could serve, or a cell of an
 * imported notebook that failed names its cause in turn.
 */
export function errorText(
  locale: ErrorLocale,
  code: string | undefined,
  params: ErrorParams | undefined,
  fallback: string,
): string {
  if (code === undefined || !isErrorCode(code)) return fallback;
  let values: ErrorParams = params ?? {};
  const cause = values.cause;
  const field = CAUSE_FIELDS[code];
  if (field && typeof cause === 'string' && cause !== code) {
    const text = typeof values[field] === 'string' ? values[field] : '';
    values = { ...values, [field]: errorText(locale, cause, values, text) };
  }
  // A language whose text is not loaded words the error in English rather than not at all.
  const catalogue = errorCatalogues[locale] ?? errorCatalogues.en;
  return fillTemplate(catalogue[code], values, {
    number: (n) => formatNumber(n, locale),
    // English lists are the core's ("a, b and c"), the same as in English messages.
    list: locale === 'en' ? undefined : (items) => formatList(items, locale),
  });
}
