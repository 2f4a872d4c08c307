import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/core/runtime/summarize.ts';

describe('summarize(value)', () => {
  it('sends JSON-able values as they are, without repr', () => {
    const value = { a: [1, 'two', true, null], b: { c: -0.5 } };
    expect(summarize(value)).toEqual({ kind: 'value', value });
    expect(summarize('text')).toEqual({ kind: 'value', value: 'text' });
  });

  it('summarises values that are not JSON, with a one-line repr', () => {
    expect(summarize(undefined)).toEqual({ kind: 'value', value: 'undefined', repr: 'undefined' });
    expect(summarize(12n)).toEqual({ kind: 'value', value: '12n', repr: '12n' });
    expect(summarize(Symbol('s'))).toEqual({
      kind: 'value',
      value: 'Symbol(s)',
      repr: 'Symbol(s)',
    });
    expect(summarize(NaN)).toEqual({ kind: 'value', value: 'NaN', repr: 'NaN' });
    expect(summarize(new Date(Date.UTC(2024, 1, 3)))).toEqual({
      kind: 'value',
      value: '2024-02-03T00:00:00.000Z',
      repr: '2024-02-03T00:00:00.000Z',
    });
  });

  it('describes functions and classes by their signature', () => {
    function add(a: number, b: number) {
      return a + b;
    }
    expect(summarize(add).repr).toBe('ƒ add(a, b)');
    expect(summarize((x: number) => x).repr).toBe('(x) => …');
    expect(summarize(async () => 1).repr).toBe('async () => …');
    expect(summarize(class Point {}).repr).toBe('class Point');
  });

  it('lists Maps, Sets and typed arrays', () => {
    expect(summarize(new Map([['a', 1]]))).toEqual({
      kind: 'value',
      value: [['a', 1]],
      repr: 'Map(1)',
    });
    expect(summarize(new Set([1, 2]))).toEqual({ kind: 'value', value: [1, 2], repr: 'Set(2)' });
    expect(summarize(new Float32Array([1.5, 2]))).toEqual({
      kind: 'value',
      value: [1.5, 2],
      repr: 'Float32Array(2)',
    });
  });

  it('shows class instances by their fields and their class', () => {
    class Point {
      constructor(
        public x: number,
        public y: number,
      ) {}
    }
    expect(summarize(new Point(1, 2))).toEqual({
      kind: 'value',
      value: { x: 1, y: 2 },
      repr: 'Point',
    });
  });

  it('marks cycles and nested non-JSON values', () => {
    const a: Record<string, unknown> = { n: 1, f: undefined };
    a.self = a;
    expect(summarize(a)).toEqual({
      kind: 'value',
      value: { n: 1, f: 'undefined', self: '[Circular]' },
      repr: 'Object',
    });
  });

  it('truncates huge arrays', () => {
    const big = Array.from({ length: 5000 }, (_, i) => i);
    const { value, repr } = summarize(big);
    expect(repr).toBe('Array(5000)');
    expect(Array.isArray(value) && value.length).toBe(1001);
    expect(Array.isArray(value) && value.at(-1)).toBe('… 4,000 more');
  });
});
