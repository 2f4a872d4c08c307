import { describe, expect, it } from 'vitest';
import {
  exactNumber,
  readableCell,
  readableNumber,
  roundNoise,
} from '../../../src/app/outputs/readable-number.ts';

describe('readableNumber(x, locale)', () => {
  it('drops the noise of binary arithmetic, with the locale’s separators', () => {
    expect(readableNumber(237.20999999999998, 'en-US')).toBe('237.21');
    expect(readableNumber(237.20999999999998, 'fr-FR')).toBe('237,21');
    expect(readableNumber(0.1 + 0.2, 'en-US')).toBe('0.3');
    expect(readableNumber(1234567.891, 'en-US')).toBe('1,234,567.891');
    expect(readableNumber(1234567.891, 'fr-FR')).toBe('1\u202f234\u202f567,891');
  });

  it('keeps integers whole and what a measurement carries', () => {
    expect(readableNumber(12345678901234, 'en-US')).toBe('12,345,678,901,234');
    expect(readableNumber(2 / 3, 'en-US')).toBe('0.666666666667');
    expect(readableNumber(3.14159, 'en-US')).toBe('3.14159');
    expect(readableNumber(-0.000123456789012345, 'en-US')).toBe('-0.000123456789012');
    expect(readableNumber(1.5e-7, 'en-US')).toBe('1.5E-7');
    expect(readableNumber(-0, 'en-US')).toBe('-0');
  });
});

describe('exactNumber(x) and roundNoise(x)', () => {
  it('give the exact value only when the shown one is rounded', () => {
    expect(exactNumber(237.20999999999998)).toBe('237.20999999999998');
    expect(exactNumber(237.21)).toBeNull();
    expect(exactNumber(42)).toBeNull();
    expect(roundNoise(Number.NaN)).toBeNaN();
    expect(roundNoise(Infinity)).toBe(Infinity);
  });
});

describe('readableCell(value, locale)', () => {
  it('rounds numbers, with the exact value, and leaves other values to formatCell', () => {
    expect(readableCell(237.20999999999998, 'fr-FR')).toEqual({
      kind: 'number',
      text: '237,21',
      exact: '237.20999999999998',
    });
    expect(readableCell(5, 'en-US')).toEqual({ kind: 'number', text: '5' });
    expect(readableCell('a', 'en-US')).toEqual({ kind: 'text', text: 'a' });
    expect(readableCell(null, 'en-US')).toEqual({ kind: 'null', text: 'null' });
  });
});
