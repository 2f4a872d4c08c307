import { describe, expect, it } from 'vitest';
import { jsonSafe } from '../../src/cli/json-safe.ts';

describe('jsonSafe(value)', () => {
  it('turns what JSON cannot hold into what it can', () => {
    expect(
      jsonSafe({
        date: new Date(Date.UTC(2024, 1, 29)),
        invalid: new Date(NaN),
        small: 12n,
        big: 2n ** 70n,
        nan: NaN,
        inf: -Infinity,
        typed: new Float64Array([0.5, 1]),
        nested: [{ set: new Set(['a']), map: new Map([['k', 1]]) }],
        gone: undefined,
      }),
    ).toEqual({
      date: '2024-02-29T00:00:00.000Z',
      invalid: null,
      small: 12,
      big: '1180591620717411303424',
      nan: null,
      inf: null,
      typed: [0.5, 1],
      nested: [{ set: ['a'], map: [['k', 1]] }],
      gone: null,
    });
  });
});
