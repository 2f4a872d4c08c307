import { afterEach, describe, expect, it } from 'vitest';
import { describeStorageError, storageErrorCode } from '../../../src/app/storage/errors.ts';
import { setLocale } from '../../../src/app/i18n/i18n.svelte.ts';

const named = (name: string, message = '') => Object.assign(new Error(message), { name });

afterEach(() => setLocale('en'));

describe('describeStorageError(error)', () => {
  it('gives each kind of failure a code', () => {
    expect(storageErrorCode(named('QuotaExceededError')).code).toBe('storage-full');
    expect(storageErrorCode(named('InvalidStateError')).code).toBe('storage-closed');
    expect(storageErrorCode(named('UnknownError', 'disk on fire'))).toEqual({
      code: 'storage-failed',
      params: { detail: 'disk on fire' },
    });
  });

  it('words it in the interface language', () => {
    setLocale('en');
    expect(describeStorageError(named('QuotaExceededError'))).toMatch(
      /^Your browser's storage is full/,
    );
    setLocale('fr');
    expect(describeStorageError(named('QuotaExceededError'))).toMatch(
      /^Le stockage de votre navigateur est plein/,
    );
    expect(describeStorageError(named('UnknownError', 'disk on fire'))).toMatch(
      /^Votre navigateur n’a pas pu enregistrer cette modification \(disk on fire\)/,
    );
  });
});
