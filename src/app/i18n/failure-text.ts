import { errorCode, errorText } from '../../core/errors/index.ts';
import type { Locale } from './translate.ts';

/**
 * A caught error as a person reads it: algobook's own (an `AlgobookError`) worded from its code
 * in `locale`, any other by its message.
 */
export function failureText(error: Error, locale: Locale): string {
  const coded = errorCode(error);
  return errorText(locale, coded?.code, coded?.params, error.message);
}
