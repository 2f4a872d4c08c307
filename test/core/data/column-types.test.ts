import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { converter, inferColumnTypes } from '../../../src/core/data/column-types.ts';

describe('inferColumnTypes(table)', () => {
  it('names each column with the type of its values', () => {
    const table = aq.table({
      i: [1, 2, null],
      n: [1, 2.5, 3],
      b: [true, null, false],
      d: [new Date(0), null, null],
      s: ['x', 'y', null],
      g: [{ type: 'Point', coordinates: [2, 48] }, null, null],
      none: [null, null, null],
      mixed: [1, 'x', null],
      big: [1n, 2n, 3n],
    });
    expect(inferColumnTypes(table)).toEqual([
      { name: 'i', type: 'integer' },
      { name: 'n', type: 'number' },
      { name: 'b', type: 'boolean' },
      { name: 'd', type: 'date' },
      { name: 's', type: 'string' },
      { name: 'g', type: 'object' },
      { name: 'none', type: 'string' },
      { name: 'mixed', type: 'string' },
      { name: 'big', type: 'integer' },
    ]);
  });

  it('reads typed arrays (Arrow, Parquet) by their kind', () => {
    const table = aq.table({ f: new Float64Array([1.5]), i: new Int32Array([1]) });
    expect(inferColumnTypes(table).map((c) => c.type)).toEqual(['number', 'integer']);
  });
});

describe('converter(type)', () => {
  it('string keeps text, numbers become text, dates ISO', () => {
    const s = converter('string');
    expect([s('01004'), s(75101), s(null), s(new Date(Date.UTC(2024, 0, 2)))]).toEqual([
      '01004',
      '75101',
      null,
      '2024-01-02T00:00:00.000Z',
    ]);
  });

  it('number accepts a decimal comma; integer refuses fractions', () => {
    expect(converter('number')('3,5')).toBe(3.5);
    expect(converter('number')(' 12 ')).toBe(12);
    expect(converter('integer')('42')).toBe(42);
    expect(() => converter('integer')('4.2')).toThrow('"4.2" is not an integer');
    expect(() => converter('number')('1 234')).toThrow('"1 234" is not a number');
    expect(() => converter('number')(true)).toThrow('true is not a number');
  });

  it('boolean reads English and French words and 1/0', () => {
    const b = converter('boolean');
    expect(['true', 'Oui', '1', 'vrai', 'false', 'NON', '0', 'faux'].map(b)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(() => b('peut-être')).toThrow('"peut-être" is not a boolean');
  });

  it('date reads ISO dates and times and French DD/MM/YYYY, as UTC', () => {
    const d = converter('date');
    expect(d('2024-03-01')).toEqual(new Date(Date.UTC(2024, 2, 1)));
    expect(d('01/03/2024')).toEqual(new Date(Date.UTC(2024, 2, 1)));
    expect(d('2024-03-01T10:00:00Z')).toEqual(new Date(Date.UTC(2024, 2, 1, 10)));
    expect(() => d('31/02/2024')).toThrow('"31/02/2024" is not a date');
    expect(() => d('hier')).toThrow('"hier" is not a date');
    expect(() => d(20240301)).toThrow('20240301 is not a date');
  });
});
