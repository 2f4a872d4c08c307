import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/publish/canonical-json.ts';
import { readCanonical } from './read-canonical.ts';

/** -0 as JSON sees it: RFC 8785 writes it 0, canonicalJson tags it. */
const withoutNegativeZero = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_key, v: unknown) => (Object.is(v, -0) ? 0 : v)));

describe('canonicalJson on plain JSON is RFC 8785', () => {
  it('sorts keys at every depth and writes no spaces', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('writes numbers in their shortest round-trip form (RFC 8785 §3.2.2.3 vectors)', () => {
    expect(canonicalJson([0.1 + 0.2, 1e21, 1e-7, 100, 5e-324, 1e30, 4.5, 0.002, 0.000001])).toBe(
      '[0.30000000000000004,1e+21,1e-7,100,5e-324,1e+30,4.5,0.002,0.000001]',
    );
    expect(canonicalJson(-1.7976931348623157e308)).toBe('-1.7976931348623157e+308');
    expect(canonicalJson(333333333.3333332)).toBe('333333333.3333332');
  });

  it('escapes strings and sorts keys by UTF-16 code units (RFC 8785 §3.2.3 example)', () => {
    expect(canonicalJson('\u20ac$\u000F\u000aA\'\u0042\u0022\u005c\\"/')).toBe(
      '"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"',
    );
    const keys = Object.keys(
      JSON.parse(
        canonicalJson({
          '\u20ac': 1,
          '\r': 2,
          '\ufb33': 3,
          '1': 4,
          '\ud83d\ude00': 5,
          '\u0080': 6,
          '\u00f6': 7,
        }),
      ) as object,
    );
    // JSON.parse puts integer-like keys first: compare the rest.
    expect(keys.filter((k) => k !== '1')).toEqual([
      '\r',
      '\u0080',
      '\u00f6',
      '\u20ac',
      '\ud83d\ude00',
      '\ufb33',
    ]);
  });

  it('writes any JSON value exactly as the canonicalize package (RFC 8785) does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const value = withoutNegativeZero(json);
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 500 },
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
});

describe('canonicalJson tags what JSON cannot say', () => {
  it('never writes a Map, Set, bigint, NaN, ±Infinity, -0 or Date as an ordinary value', () => {
    const pairs: [unknown, unknown][] = [
      [new Map([['a', 1]]), { Map: [['"a"', 1]] }],
      [new Map([['a', 1]]), { Map: [['a', 1]] }],
      [new Set([1]), { Set: [1] }],
      [5n, '5n'],
      [5n, 5],
      [NaN, 'NaN'],
      [Infinity, 'Infinity'],
      [-Infinity, '-Infinity'],
      [-0, 0],
      [new Date(Date.UTC(2024, 0, 31)), '2024-01-31T00:00:00.000Z'],
      [new Date(NaN), 'Invalid Date'],
      [new Float64Array([1, 2]), [1, 2]],
      [new Float64Array([1, 2]), new Float32Array([1, 2])],
      [[undefined], [null]],
      [new Uint8Array([1]).buffer, new Uint8Array([1])],
    ];
    for (const [a, b] of pairs) expect(canonicalJson(a)).not.toBe(canonicalJson(b));
  });

  it('writes each tag in its own form', () => {
    expect(
      canonicalJson([
        NaN,
        Infinity,
        -Infinity,
        -0,
        10n,
        undefined,
        new Date(Date.UTC(2024, 0, 31)),
      ]),
    ).toBe(
      '[Number("NaN"),Number("Infinity"),Number("-Infinity"),Number("-0"),BigInt("10"),undefined,Date("2024-01-31T00:00:00.000Z")]',
    );
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(
      canonicalJson(
        new Map([
          ['b', 2],
          ['a', 1],
        ]),
      ),
    ).toBe('Map([["a",1],["b",2]])');
    expect(canonicalJson(new Set([2, 1]))).toBe('Set([1,2])');
    expect(canonicalJson(new Int32Array([3, 4]))).toBe('Int32Array([3,4])');
  });

  it('gives the same text for a Map or Set whatever their order of insertion', () => {
    expect(
      canonicalJson(
        new Map([
          [1, 'a'],
          [2, 'b'],
        ]),
      ),
    ).toBe(
      canonicalJson(
        new Map([
          [2, 'b'],
          [1, 'a'],
        ]),
      ),
    );
    expect(canonicalJson(new Set(['x', 'y']))).toBe(canonicalJson(new Set(['y', 'x'])));
  });

  it('writes dates in UTC, whatever the time zone', () => {
    expect(canonicalJson({ d: new Date(Date.UTC(2024, 0, 31, 23, 30)) })).toBe(
      '{"d":Date("2024-01-31T23:30:00.000Z")}',
    );
  });

  it('survives a cycle', () => {
    const a: Record<string, unknown> = { x: 1 };
    a.self = a;
    expect(canonicalJson(a)).toBe('{"self":Circular,"x":1}');
  });

  const anything = fc.anything({
    withMap: true,
    withSet: true,
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
    withUnicodeString: true,
  });

  it('loses nothing: every text reads back as its value, so no two values share one', () => {
    fc.assert(
      fc.property(anything, (value) => {
        expect(readCanonical(canonicalJson(value))).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });

  const tagged = fc.oneof(
    fc.double().map((v) => ({ tag: 'number', v })),
    fc.bigInt().map((v) => ({ tag: 'bigint', v })),
    fc.string().map((v) => ({ tag: 'string', v })),
    fc.date().map((v) => ({ tag: 'Date', v })),
    fc.array(fc.jsonValue(), { maxLength: 3 }).map((v) => ({ tag: 'array', v })),
    fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }).map((v) => ({ tag: 'object', v })),
    fc.array(fc.tuple(fc.string(), fc.jsonValue()), { maxLength: 3 }).map((e) => ({
      tag: 'Map',
      v: new Map(e),
    })),
    fc.array(fc.jsonValue(), { maxLength: 3 }).map((e) => ({ tag: 'Set', v: new Set(e) })),
    fc
      .array(fc.double(), { maxLength: 3 })
      .map((e) => ({ tag: 'Float64Array', v: new Float64Array(e) })),
    fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 3 }).map((e) => ({
      tag: 'Uint8Array',
      v: new Uint8Array(e),
    })),
  );

  it('never gives two values with different tags the same text', () => {
    fc.assert(
      fc.property(tagged, tagged, (a, b) => {
        fc.pre(a.tag !== b.tag);
        expect(canonicalJson(a.v)).not.toBe(canonicalJson(b.v));
      }),
      { numRuns: 2000 },
    );
  });
});
