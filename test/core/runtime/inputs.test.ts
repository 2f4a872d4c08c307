import { describe, expect, it } from 'vitest';
import { acceptInput, Inputs } from '../../../src/core/runtime/inputs.ts';

describe('Inputs', () => {
  it('Inputs.range([min, max], options) defaults to the middle, snapped to the step', () => {
    expect(Inputs.range([0, 10], { label: 'n' }).spec).toEqual({
      type: 'range',
      label: 'n',
      min: 0,
      max: 10,
      value: 5,
    });
    expect(Inputs.range([0, 5], { step: 2 }).spec.value).toBe(2);
    expect(Inputs.range([0, 5], { value: 9 }).spec.value).toBe(5);
  });

  it('Inputs.range rejects a bad extent', () => {
    expect(() => Inputs.range([5, 1])).toThrow(/Inputs.range expects \[min, max\]/);
  });

  it('Inputs.number takes options or an extent and options', () => {
    expect(Inputs.number({ min: 2 }).spec).toMatchObject({ type: 'number', min: 2, value: 2 });
    expect(Inputs.number([1, 3], { value: 7 }).spec).toMatchObject({ min: 1, max: 3, value: 3 });
    expect(Inputs.number().spec.value).toBe(0);
  });

  it('Inputs.select defaults to the first option and rejects a value outside the options', () => {
    expect(Inputs.select(['a', 'b']).spec).toEqual({
      type: 'select',
      options: ['a', 'b'],
      value: 'a',
    });
    expect(() => Inputs.select(['a'], { value: 'z' })).toThrow(/"z" is not one of the options/);
    expect(() => Inputs.select([])).toThrow(/non-empty array/);
  });

  it('Inputs.text and Inputs.checkbox (a single boolean, also Inputs.toggle)', () => {
    expect(Inputs.text({ placeholder: 'name' }).spec).toEqual({
      type: 'text',
      placeholder: 'name',
      value: '',
    });
    expect(Inputs.checkbox({ label: 'on', value: true }).spec).toEqual({
      type: 'checkbox',
      label: 'on',
      value: true,
    });
    expect(Inputs.toggle().spec.value).toBe(false);
  });
});

describe('acceptInput(spec, value)', () => {
  it('clamps numbers, matches options, and refuses what does not fit', () => {
    const range = Inputs.range([0, 10]).spec;
    expect(acceptInput(range, 12)).toBe(10);
    expect(acceptInput(range, '3')).toBe(3);
    expect(acceptInput(range, 'x')).toBeUndefined();
    const select = Inputs.select([1, 2]).spec;
    expect(acceptInput(select, '2')).toBe(2);
    expect(acceptInput(select, 3)).toBeUndefined();
    expect(acceptInput(Inputs.text().spec, 4)).toBeUndefined();
    expect(acceptInput(Inputs.checkbox().spec, true)).toBe(true);
  });
});
