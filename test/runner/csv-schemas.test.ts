import { describe, expect, it } from 'vitest';
import { parseRunnerMessage } from '../../src/runner/protocol.ts';
import { boundedNotes, NOTE_BOUNDS } from '../../src/core/runtime/column-notes.ts';
import { NOT_NUMBER_NOTE, PORTAL_DIALECT } from '../support/csv-dialect.ts';

const SHA = 'a'.repeat(64);
const DIALECT = PORTAL_DIALECT;
const NOTE = NOT_NUMBER_NOTE;
const end = (extra: Record<string, unknown>) => ({
  kind: 'events',
  events: [{ kind: 'parse-end', dataset: 'd', sha256: SHA, bytes: 10, rows: 1, ms: 1, ...extra }],
});

describe('parseRunnerMessage(data) on what a parse-end says of a csv read', () => {
  it('accepts the dialect used and the column notes', () => {
    const message = end({ dialect: DIALECT, notes: [NOTE] });
    expect(parseRunnerMessage(message)).toEqual(message);
    const tab = end({ dialect: { ...DIALECT, delimiter: '\t', header: false }, notes: [] });
    expect(parseRunnerMessage(tab)).toEqual(tab);
  });

  it.each([
    ['a delimiter algobook does not read', { dialect: { ...DIALECT, delimiter: ':' } }],
    ['a decimal mark of its own', { dialect: { ...DIALECT, decimal: '·' } }],
    ['an encoding algobook does not read', { dialect: { ...DIALECT, encoding: 'utf-7' } }],
    ['dates of its own', { dialect: { ...DIALECT, dates: 'mdy' } }],
    ['a header that is not a boolean', { dialect: { ...DIALECT, header: 'yes' } }],
    ['a dialect with an extra key', { dialect: { ...DIALECT, quote: "'" } }],
    ['a dialect short of a key', { dialect: { delimiter: ';' } }],
    ['a note with a code not in the catalogue', { notes: [{ ...NOTE, code: 'pwned' }] }],
    ['a note with a code from the prototype', { notes: [{ ...NOTE, code: 'toString' }] }],
    ['a note with an extra key', { notes: [{ ...NOTE, html: '<b>x</b>' }] }],
    ['a note whose column name is too long', { notes: [{ ...NOTE, column: 'x'.repeat(301) }] }],
    [
      'a note whose value is too long',
      { notes: [{ ...NOTE, params: { value: 'x'.repeat(301) } }] },
    ],
    ['a note whose parameter is an object', { notes: [{ ...NOTE, params: { value: { a: 1 } } }] }],
    ['a note whose parameter is not finite', { notes: [{ ...NOTE, params: { line: Infinity } }] }],
    [
      'a note with too many parameters',
      {
        notes: [
          {
            ...NOTE,
            params: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`p${i}`, i])),
          },
        ],
      },
    ],
    ['too many notes', { notes: Array.from({ length: 101 }, () => NOTE) }],
    ['notes that are not a list', { notes: { 0: NOTE } }],
  ])('refuses a parse-end with %s', (_, extra) => {
    expect(parseRunnerMessage(end(extra))).toBeNull();
  });

  it('accepts what the runtime sends of any notes, cut to the bounds', () => {
    const long = 'é'.repeat(1000);
    const notes = Array.from({ length: 150 }, (_, i) => ({
      column: `${long}${i}`,
      code: 'column-not-number',
      params: Object.fromEntries(Array.from({ length: 12 }, (_, j) => [`${long}${j}`, long])),
    }));
    const sent = boundedNotes(notes);
    expect(sent).toHaveLength(NOTE_BOUNDS.notes);
    expect(sent[0].column).toHaveLength(NOTE_BOUNDS.text);
    expect(sent[0].column.endsWith('…')).toBe(true);
    expect(parseRunnerMessage(end({ dialect: DIALECT, notes: sent }))).not.toBeNull();
  });

  it('boundedNotes(notes) does not cut a character in two', () => {
    const [note] = boundedNotes([{ column: '😀'.repeat(400), code: 'x', params: {} }]);
    expect(note.column).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(note.column.length).toBeLessThanOrEqual(NOTE_BOUNDS.text);
  });

  it('boundedNotes(notes) keeps short notes as they are', () => {
    expect(boundedNotes([NOTE])).toEqual([NOTE]);
  });
});
