import {
  ERROR_MESSAGES,
  fillTemplate,
  isErrorCode,
  type ErrorCode,
  type ErrorParams,
} from '../../core/errors/index.ts';
import { errorMessagesFr } from './features/errors.fr.ts';
import { dictionaries, formatCount, type Locale, type MessageKey } from './translate.ts';

/** The text of every error code, per language: English is the core's own catalogue. */
export const errorCatalogues: Record<Locale, Record<ErrorCode, string>> = {
  en: ERROR_MESSAGES,
  fr: errorMessagesFr,
};

const listFormats = new Map<Locale, Intl.ListFormat>();

function listFormat(locale: Locale): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale)));
  return format;
}

/**
 * An error in `locale`, worded from its code and parameters. An error without a code (thrown by
 * a notebook's own code) or with a code this version does not know keeps its `fallback`, the
 * English message it came with. A failed input names the error of that input in turn.
 */
export function errorText(
  locale: Locale,
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
    number: (n) => formatCount(n, locale),
    // English lists are the core's ("a, b and c"), so the page says what the command line says.
    list: locale === 'en' ? undefined : (items) => listFormat(locale).format(items),
  });
}

/** The title of an error: algobook's own names are translated, a notebook's own are kept. */
export function errorTitle(locale: Locale, name: string, coded: boolean): string {
  const key = `error.name.${name}`;
  return coded && isMessageKey(key) ? dictionaries[locale][key] : name;
}

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(dictionaries.en, key);
}
