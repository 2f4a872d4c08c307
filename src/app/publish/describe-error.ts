import type { PublishError } from '../../core/publish/errors.ts';
import { i18n, t, type MessageKey } from '../i18n/i18n.svelte.ts';

/**
 * A publishing-core error in the reader's language. The core's English sentence is the most
 * precise, so English readers get it as is; other languages get the message of its code, with
 * the core's parameters.
 */
export function describePublishError(error: PublishError): string {
  if (i18n.locale === 'en') return error.message;
  const key = `publish.error.${error.code}` as MessageKey;
  return t(key, error.params);
}
