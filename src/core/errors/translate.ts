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
 * An error in `locale`, worded from its code and parameters. An error without a code (thrown by
 * a notebook's own code) or with a code this version does not know keeps its `fallback`, the
 * English message it came with. A failed input names the error of that input in turn.
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
  if (code === 'input-failed' && typeof cause === 'string' && cause !== code) {
    const message = typeof values.message === 'string' ? values.message : '';
    values = { ...values, message: errorText(locale, cause, values, message) };
  }
  return fillTemplate(errorCatalogues[locale][code], values, {
    number: (n) => formatNumber(n, locale),
    // English lists are the core's ("a, b and c"), the same as in English messages.
    list: locale === 'en' ? undefined : (items) => formatList(items, locale),
  });
}
