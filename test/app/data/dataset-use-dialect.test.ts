import { describe, expect, it } from 'vitest';
import { DatasetUse } from '../../../src/app/data/dataset-use.svelte.ts';
import type { ColumnNote, CsvDialect } from '../../../src/core/data/csv/types.ts';
import type { DatasetEvent } from '../../../src/core/runtime/events.ts';
import { NOT_NUMBER_NOTE, PORTAL_DIALECT } from '../../support/csv-dialect.ts';

const A = 'a'.repeat(64);
const about = { dataset: 'x', sha256: A, bytes: 10 };
const SEMICOLON = PORTAL_DIALECT;
const NOTE = NOT_NUMBER_NOTE;
const end = (extra: { dialect?: CsvDialect; notes?: ColumnNote[] }): DatasetEvent => ({
  kind: 'parse-end',
  ...about,
  rows: 2,
  ms: 1,
  ...extra,
});

describe('DatasetUse dialect and notes', () => {
  it('use.of(name, sha256) keeps the dialect and notes of the last parse', () => {
    const use = new DatasetUse();
    use.note(end({ dialect: SEMICOLON, notes: [NOTE] }));
    expect(use.of('x', A)).toMatchObject({ dialect: SEMICOLON, notes: [NOTE] });
    const point = { ...SEMICOLON, decimal: '.' } as const;
    use.note(end({ dialect: point, notes: [] }));
    expect(use.of('x', A)).toMatchObject({ dialect: point, notes: [] });
  });

  it('use.of(name, sha256) has no dialect for a format that has none', () => {
    const use = new DatasetUse();
    use.note(end({ dialect: SEMICOLON, notes: [NOTE] }));
    use.note(end({}));
    expect(use.of('x', A)?.dialect).toBeUndefined();
    expect(use.of('x', A)?.notes).toBeUndefined();
  });
});
