import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/publish/canonical-json.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no spaces', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('writes numbers in their shortest round-trip form', () => {
    expect(canonicalJson([0.1 + 0.2, 1e21, 1e-7, 100, -0, 5e-324])).toBe(
      '[0.30000000000000004,1e+21,1e-7,100,0,5e-324]',
    );
  });

  it('spells out what JSON cannot say instead of dropping it', () => {
    expect(canonicalJson([NaN, Infinity, -Infinity, 10n, undefined])).toBe(
      '["NaN","Infinity","-Infinity","10n",null]',
    );
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('writes dates as UTC ISO strings, whatever the time zone', () => {
    expect(canonicalJson({ d: new Date(Date.UTC(2024, 0, 31, 23, 30)) })).toBe(
      '{"d":"2024-01-31T23:30:00.000Z"}',
    );
  });

  it('gives the same text whatever order the keys were set in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(object));
      }),
    );
  });

  it('reads back as the same JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        // fast-check's JSON values include -0, which JSON itself writes as 0.
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
