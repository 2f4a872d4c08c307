import { describe, expect, it } from 'vitest';
import { errorName } from '../../../src/core/errors/index.ts';

describe('errorName(locale, name, coded) for imports', () => {
  it('errorName(...) titles the import errors in English and French', () => {
    const names = ['ImportChanged', 'ImportUnavailable', 'ImportMalformed', 'ImportCycle'];
    expect(names.map((n) => errorName('en', n, true))).toEqual([
      'Import changed',
      'Import unavailable',
      'Import unreadable',
      'Import cycle',
    ]);
    expect(names.map((n) => errorName('fr', n, true))).toEqual([
      'Import modifié',
      'Import indisponible',
      'Import illisible',
      'Imports en cycle',
    ]);
  });
});
