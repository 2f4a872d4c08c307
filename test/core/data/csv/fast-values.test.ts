import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  simpleBoolean,
  simpleDate,
  simpleNumber,
} from '../../../../src/core/data/csv/fast-values.ts';
import { dateTime, toNumber } from '../../../../src/core/data/csv/values.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Texts made of what numbers and dates are written with. */
const numberish = fc.string({
  unit: fc.constantFrom('0', '1', '5', '9', '-', '+', '.', ',', 'e', 'E', ' ', '/'),
  maxLength: 24,
});

describe('reading values from bytes gives what reading their text gives, or NaN', () => {
  it('simpleNumber(bytes, start, end, mark) is NaN or exactly +text (decimal point)', () => {
    fc.assert(
      fc.property(fc.oneof(numberish, fc.double().map(String)), (text) => {
        const n = simpleNumber(bytes(text), 0, text.length, 46);
        if (!Number.isNaN(n)) expect(Object.is(n, +text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    // It does read the common forms.
    expect(simpleNumber(bytes('-12.5e-3'), 0, 8, 46)).toBe(-0.0125);
    expect(simpleNumber(bytes('0.1'), 0, 3, 46)).toBe(0.1);
  });

  it('simpleNumber with a decimal comma is NaN or what the text reads as', () => {
    fc.assert(
      fc.property(numberish, (text) => {
        const n = simpleNumber(bytes(text), 0, text.length, 44);
        if (!Number.isNaN(n)) expect(Object.is(n, toNumber(text, ','))).toBe(true);
      }),
      { numRuns: 5000 },
    );
    expect(simpleNumber(bytes('-1,5'), 0, 4, 44)).toBe(-1.5);
    expect(simpleNumber(bytes('1.5'), 0, 3, 44)).toBeNaN();
  });

  it('simpleDate is NaN or the time dateTime reads', () => {
    const day = fc.tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    );
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(day, fc.boolean(), ([y, m, d], dmy) => {
        const text = dmy
          ? `${pad(d, 2)}/${pad(m, 2)}/${pad(y, 4)}`
          : `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        const time = simpleDate(bytes(text), 0, text.length, true);
        expect(Object.is(time, dateTime(text, 'dmy'))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('simpleBoolean reads true and false only', () => {
    const read = (text: string) => simpleBoolean(bytes(text), 0, text.length);
    expect([read('true'), read('false'), read('True'), read('fals'), read('truex')]).toEqual([
      true,
      false,
      null,
      null,
      null,
    ]);
  });
});
