import { describe, expect, it } from 'vitest';
import {
  childrenOf,
  inspectOutput,
  inspectValue,
  type InspectNode,
} from '../../../src/app/outputs/inspect.ts';

/** A node without the value it wraps, for one deep equality per case. */
function shape(node: InspectNode) {
  if (node.kind === 'leaf') return node;
  const { value: _value, ...rest } = node;
  return rest;
}

describe('inspectValue(value, key)', () => {
  it('quotes strings, and shows numbers, booleans, null and undefined as written', () => {
    expect(inspectValue('say "hi"')).toEqual({
      kind: 'leaf',
      key: null,
      type: 'string',
      text: '"say \\"hi\\""',
    });
    expect(inspectValue(-0, 'x')).toEqual({ kind: 'leaf', key: 'x', type: 'number', text: '-0' });
    expect(inspectValue(10n)).toMatchObject({ text: '10n' });
    expect(inspectValue(true)).toMatchObject({ text: 'true' });
    expect(inspectValue(null)).toMatchObject({ type: 'null' });
    expect(inspectValue(undefined)).toMatchObject({ text: 'undefined' });
  });

  it('shows a date as ISO 8601', () => {
    expect(inspectValue(new Date(Date.UTC(2024, 0, 5)))).toEqual({
      kind: 'leaf',
      key: null,
      type: 'date',
      text: '2024-01-05T00:00:00.000Z',
    });
  });

  it('summarises an array: label and a preview of the first items', () => {
    expect(shape(inspectValue([1, 'a', [2, 3], { b: 1 }]))).toEqual({
      kind: 'branch',
      key: null,
      label: 'Array(4)',
      preview: '[1, "a", Array(2), Object]',
      size: 4,
    });
  });

  it('cuts the preview of a long array', () => {
    const node = inspectValue(Array.from({ length: 10_000 }, (_, i) => i));
    expect(shape(node)).toMatchObject({
      label: 'Array(10000)',
      preview: '[0, 1, 2, 3, 4, …]',
      size: 10_000,
    });
  });

  it('quotes object keys that are not identifiers', () => {
    expect(shape(inspectValue({ a: 1, 'b c': 'x' }))).toMatchObject({
      label: 'Object',
      preview: '{a: 1, "b c": "x"}',
    });
  });

  it('shows empty containers as leaves', () => {
    expect(inspectValue([])).toMatchObject({ text: '[]' });
    expect(inspectValue({})).toMatchObject({ text: '{}' });
    expect(inspectValue(new Map())).toMatchObject({ text: 'Map(0) {}' });
  });

  it('labels maps, sets and typed arrays', () => {
    expect(shape(inspectValue(new Map([['k', 1]])))).toMatchObject({
      label: 'Map(1)',
      preview: '{"k" => 1}',
    });
    expect(shape(inspectValue(new Set([1, 2])))).toMatchObject({
      label: 'Set(2)',
      preview: '{1, 2}',
    });
    expect(shape(inspectValue(new Float64Array([0.5])))).toMatchObject({
      label: 'Float64Array(1)',
      preview: '[0.5]',
    });
  });
});

describe('inspectOutput(value, repr)', () => {
  it('shows repr instead of a leaf text', () => {
    expect(inspectOutput(undefined, 'ƒ f(a, b)')).toEqual({
      kind: 'leaf',
      key: null,
      type: 'other',
      text: 'ƒ f(a, b)',
    });
  });
  it('uses repr as the label of a branch', () => {
    expect(shape(inspectOutput({ a: 1 }, 'Map(1)'))).toMatchObject({ label: 'Map(1)' });
  });
});

describe('childrenOf(value, limit)', () => {
  it('lists array items by index, up to limit, and counts the rest', () => {
    const { nodes, rest } = childrenOf(
      Array.from({ length: 250 }, (_, i) => i),
      100,
    );
    expect(nodes).toHaveLength(100);
    expect(nodes[99]).toEqual({ kind: 'leaf', key: '99', type: 'number', text: '99' });
    expect(rest).toBe(150);
  });
  it('lists object entries by key', () => {
    expect(childrenOf({ a: 'x', 'not id': null }, 100)).toEqual({
      nodes: [
        { kind: 'leaf', key: 'a', type: 'string', text: '"x"' },
        { kind: 'leaf', key: '"not id"', type: 'null', text: 'null' },
      ],
      rest: 0,
    });
  });
  it('opens a cyclic value one level at a time', () => {
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    const [child] = childrenOf(cyclic, 100).nodes;
    expect(shape(child)).toMatchObject({ kind: 'branch', key: 'self', preview: '{self: Object}' });
  });
});
