import { describe, expect, it } from 'vitest';
import { resolveDialect } from '../../../../src/core/data/csv/resolve-dialect.ts';
import type { DetectedDialect } from '../../../../src/core/data/csv/types.ts';

const detected: DetectedDialect = {
  delimiter: ';',
  decimal: ',',
  encoding: 'windows-1252',
  dates: 'dmy',
  header: true,
  bom: false,
};

describe('resolveDialect(detected, pinned)', () => {
  it('resolveDialect(detected, undefined) is the detected dialect', () => {
    expect(resolveDialect(detected, undefined)).toEqual({
      delimiter: ';',
      decimal: ',',
      encoding: 'windows-1252',
      dates: 'dmy',
      header: true,
    });
  });

  it('resolveDialect(detected, pinned) takes each pinned key over the detected one', () => {
    expect(resolveDialect(detected, { decimal: '.', header: false })).toEqual({
      delimiter: ';',
      decimal: '.',
      encoding: 'windows-1252',
      dates: 'dmy',
      header: false,
    });
    expect(
      resolveDialect(detected, {
        delimiter: '\t',
        decimal: '.',
        encoding: 'utf-8',
        dates: 'none',
        header: false,
      }),
    ).toEqual({ delimiter: '\t', decimal: '.', encoding: 'utf-8', dates: 'none', header: false });
  });

  it('resolveDialect(detected, pinned) passes on no other key', () => {
    const pinned = { decimal: '.', bom: true, extra: 1 } as Parameters<typeof resolveDialect>[1];
    expect(Object.keys(resolveDialect(detected, pinned)).sort()).toEqual([
      'dates',
      'decimal',
      'delimiter',
      'encoding',
      'header',
    ]);
  });
});
