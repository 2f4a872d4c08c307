import type { ErrorParams } from './algobook-error.ts';
import { ERROR_MESSAGES, fillTemplate, isErrorCode, type ErrorCode } from './messages.ts';
import { errorMessagesFr } from './messages.fr.ts';

/** The languages errors are worded in. */
export type ErrorLocale = 'en' | 'fr';

/** The text of every error code, per language. */
export const errorCatalogues: Record<ErrorLocale, Record<ErrorCode, string>> = {
  en: ERROR_MESSAGES,
  fr: errorMessagesFr,
};

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
  return fillTemplate(errorCatalogues[locale][code], values, {
    number: (n) => formatNumber(n, locale),
    // English lists are the core's ("a, b and c"), the same as in English messages.
    list: locale === 'en' ? undefined : (items) => formatList(items, locale),
  });
}
