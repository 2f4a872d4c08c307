/**
 * Storage failures, told to a person: what happened to their change and what they can do.
 */
import { englishMessage, type ErrorCode, type ErrorParams } from '../../core/errors/index.ts';
import { errorText } from '../i18n/error-text.ts';
import { i18n } from '../i18n/i18n.svelte.ts';

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    typeof error.name === 'string'
    ? error.name
    : undefined;
}

/** Why a save failed, as a code of the error catalogue. */
export function storageErrorCode(error: unknown): { code: ErrorCode; params: ErrorParams } {
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return { code: 'storage-full', params: {} };
    case 'InvalidStateError':
      // The connection was closed, most often because a newer algobook opened in another tab.
      return { code: 'storage-closed', params: {} };
    default:
      return {
        code: 'storage-failed',
        params: { detail: error instanceof Error ? error.message : String(error) },
      };
  }
}

/**
 * A message for a failed save of a draft, in the interface's language. In every case the last
 * saved version is intact.
 */
export function describeStorageError(error: unknown): string {
  const { code, params } = storageErrorCode(error);
  return errorText(i18n.locale, code, params, englishMessage(code, params));
}
