import { describe, expect, it } from 'vitest';
import {
  formatCell,
  formatDate,
  formatNumber,
  isNumericType,
} from '../../../src/core/runtime/format-cell.ts';

describe('formatNumber(x, locale)', () => {
  it('groups digits by locale', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567.5, 'fr')).toBe('1\u202f234\u202f567,5');
  });
  it('keeps every digit of the shortest round-trip form, and adds none', () => {
    expect(formatNumber(0.1 + 0.2, 'en')).toBe('0.30000000000000004');
    expect(formatNumber(3.14159265358979, 'en')).toBe('3.14159265358979');
    expect(formatNumber(2, 'en')).toBe('2');
    expect(formatNumber(0.0000012345678901234567, 'en')).toBe('1.2345678901234567E-6');
  });
  it('uses scientific notation where String does', () => {
    expect(formatNumber(1.5e-7, 'en')).toBe('1.5E-7');
    expect(formatNumber(2e21, 'en')).toBe('2E21');
  });
  it('shows NaN, infinities and -0', () => {
    expect(formatNumber(NaN, 'en')).toBe('NaN');
    expect(formatNumber(-Infinity, 'en')).toBe('-∞');
    expect(formatNumber(-0, 'en')).toBe('-0');
  });
});

describe('formatDate(date)', () => {
  it('shows a midnight UTC date as a day', () => {
    expect(formatDate(new Date(Date.UTC(2024, 0, 5)))).toBe('2024-01-05');
  });
  it('drops zero seconds and milliseconds', () => {
    expect(formatDate(new Date(Date.UTC(2024, 0, 5, 13, 45)))).toBe('2024-01-05T13:45Z');
    expect(formatDate(new Date(Date.UTC(2024, 0, 5, 13, 45, 12)))).toBe('2024-01-05T13:45:12Z');
    expect(formatDate(new Date(Date.UTC(2024, 0, 5, 13, 45, 12, 300)))).toBe(
      '2024-01-05T13:45:12.300Z',
    );
  });
  it('says when a date is invalid', () => {
    expect(formatDate(new Date(NaN))).toBe('Invalid Date');
  });
});

describe('formatCell(value, locale)', () => {
  it('tells null apart from text', () => {
    expect(formatCell(null, 'en')).toEqual({ kind: 'null', text: 'null' });
    expect(formatCell(undefined, 'en')).toEqual({ kind: 'null', text: 'null' });
    expect(formatCell('null', 'en')).toEqual({ kind: 'text', text: 'null' });
    expect(formatCell('', 'en')).toEqual({ kind: 'text', text: '' });
  });
  it('formats numbers, bigints, booleans and dates', () => {
    expect(formatCell(1500, 'en')).toEqual({ kind: 'number', text: '1,500' });
    expect(formatCell(12345678901234567890n, 'en')).toEqual({
      kind: 'number',
      text: '12,345,678,901,234,567,890',
    });
    expect(formatCell(false, 'en')).toEqual({ kind: 'boolean', text: 'false' });
    expect(formatCell(new Date(Date.UTC(2020, 1, 29)), 'en')).toEqual({
      kind: 'date',
      text: '2020-02-29',
    });
  });
  it('shows lists and structs as short JSON', () => {
    expect(formatCell([1, 2], 'en')).toEqual({ kind: 'text', text: '[1,2]' });
    expect(formatCell({ a: 1n }, 'en')).toEqual({ kind: 'text', text: '{"a":"1"}' });
    expect(formatCell(new Array(500).fill(1), 'en').text).toHaveLength(200);
    expect(formatCell(new Uint8Array(3), 'en')).toEqual({ kind: 'text', text: '<3 bytes>' });
  });
});

describe('isNumericType(type)', () => {
  it('is true for integer, float and decimal types', () => {
    for (const type of ['int32', 'uint8', 'int64', 'float64', 'decimal128'])
      expect(isNumericType(type)).toBe(true);
  });
  it('is false for the others', () => {
    for (const type of ['utf8', 'date', 'bool', 'timestamp', 'dictionary<utf8>'])
      expect(isNumericType(type)).toBe(false);
  });
});
