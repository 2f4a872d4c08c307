import { Table } from 'arquero';
import type { ValueOutput } from './outputs.ts';

/** Longest array (or Map, Set, typed array) shown; the rest is summarised by a count. */
export const MAX_ITEMS = 1000;
const MAX_KEYS = 1000;
const MAX_DEPTH = 20;
const MAX_STRING = 100_000;
/** Values visited per output, so a wide shared graph cannot blow up. */
const MAX_NODES = 20_000;

/**
 * Any value as a `value` output. A JSON-able value (plain objects and arrays of strings, finite
 * numbers, booleans and null) is sent as is. Anything else gets a JSON-able summary, in which
 * nested non-JSON values become descriptive strings (`"ƒ f(a, b)"`, `"Map(2)"`, `"[Circular]"`),
 * and a one-line `repr` of the whole value.
 */
export function summarize(value: unknown): ValueOutput {
  let exact = true;
  let nodes = 0;
  const ancestors = new Set<object>();

  function inexact<T>(summary: T): T {
    exact = false;
    return summary;
  }

  function visit(v: unknown, depth: number): unknown {
    if (v === null) return null;
    if (typeof v !== 'object') {
      if (typeof v === 'string')
        return v.length > MAX_STRING ? inexact(v.slice(0, MAX_STRING) + '…') : v;
      if (typeof v === 'number' && !Number.isFinite(v)) return inexact(String(v));
      if (typeof v === 'number' || typeof v === 'boolean') return v;
      return inexact(describe(v));
    }
    const object = v;
    if (ancestors.has(object)) return inexact('[Circular]');
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return inexact('…');
    if (Array.isArray(object)) return within(object, () => list(object, object.length, depth));
    if (!isPlain(object)) {
      exact = false;
      if (object instanceof Map)
        return within(object, () => list([...object].slice(0, MAX_ITEMS), object.size, depth));
      if (object instanceof Set)
        return within(object, () => list([...object].slice(0, MAX_ITEMS), object.size, depth));
      const typed = typedArray(object);
      if (typed) return list(Array.from(typed.slice(0, MAX_ITEMS)), typed.length, depth);
      const leaf = leafDescription(object);
      if (leaf !== undefined) return leaf;
    }
    return within(object, () => {
      const out: Record<string, unknown> = {};
      const keys = Object.keys(object);
      if (keys.length > MAX_KEYS) exact = false;
      for (const key of keys.slice(0, MAX_KEYS))
        out[key] = visit(Reflect.get(object, key), depth + 1);
      return out;
    });
  }

  function list(items: readonly unknown[], size: number, depth: number): unknown[] {
    const out: unknown[] = [];
    const n = Math.min(items.length, MAX_ITEMS);
    for (let i = 0; i < n; ++i)
      out.push(i in items ? visit(items[i], depth + 1) : inexact('undefined'));
    if (size > n) out.push(inexact(`… ${(size - n).toLocaleString('en')} more`));
    return out;
  }

  function within<T>(object: object, f: () => T): T {
    ancestors.add(object);
    try {
      return f();
    } finally {
      ancestors.delete(object);
    }
  }

  const summary = visit(value, 0);
  return exact
    ? { kind: 'value', value: summary }
    : { kind: 'value', value: summary, repr: describe(value) };
}

/** A one-line description of any value, as a console would show its head. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return describeObject(value);
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return value.toString();
    case 'function':
      return describeFunction(value);
    case 'string':
      return JSON.stringify(value.length > 80 ? value.slice(0, 80) + '…' : value);
    default:
      return String(value);
  }
}

function describeObject(value: object): string {
  if (Array.isArray(value)) return `Array(${value.length})`;
  if (value instanceof Map) return `Map(${value.size})`;
  if (value instanceof Set) return `Set(${value.size})`;
  const typed = typedArray(value);
  if (typed) return `${className(typed)}(${typed.length})`;
  return leafDescription(value) ?? (isPlain(value) ? 'Object' : className(value));
}

/** Objects shown as a single string rather than by their properties. */
function leafDescription(object: object): string | undefined {
  if (object instanceof Date) return Number.isNaN(+object) ? 'Invalid Date' : object.toISOString();
  if (object instanceof RegExp) return String(object);
  if (object instanceof Error) return `${object.name}: ${object.message}`;
  if (object instanceof Promise) return 'Promise';
  if (object instanceof ArrayBuffer) return `ArrayBuffer(${object.byteLength})`;
  if (object instanceof DataView) return `DataView(${object.byteLength})`;
  if (object instanceof WeakMap) return 'WeakMap';
  if (object instanceof WeakSet) return 'WeakSet';
  if (object instanceof Table)
    return `Table(${object.numRows()} rows × ${object.numCols()} columns)`;
  if (typeof Reflect.get(object, 'next') === 'function' && Symbol.iterator in object) {
    // Generators and iterators: their tag ("Generator", "Map Iterator") says what they are.
    return Object.prototype.toString.call(object).slice(8, -1);
  }
  return undefined;
}

interface TypedArrayLike {
  readonly length: number;
  slice(start: number, end: number): ArrayLike<number | bigint>;
}

/** Int8Array … BigUint64Array (every view on an ArrayBuffer but DataView). */
function typedArray(object: object): TypedArrayLike | undefined {
  return ArrayBuffer.isView(object) && !(object instanceof DataView)
    ? (object as unknown as TypedArrayLike)
    : undefined;
}

function isPlain(object: object): boolean {
  const proto = Object.getPrototypeOf(object);
  return proto === Object.prototype || proto === null;
}

function className(object: object): string {
  const name = Object.getPrototypeOf(object)?.constructor?.name;
  return typeof name === 'string' && name ? name : 'Object';
}

/** `ƒ name(a, b)`, `async (x) => …` or `class Name`, from the function's source. */
function describeFunction(f: object): string {
  const source = Function.prototype.toString.call(f);
  const name = String(Reflect.get(f, 'name') ?? '');
  if (/^class\b/.test(source)) return `class ${name}`.trimEnd();
  const arrow = /^(async\s*)?(\(([^)]*)\)|[\w$]+)\s*=>/.exec(source);
  if (arrow) return `${arrow[1] ? 'async ' : ''}(${arrow[3] ?? arrow[2]}) => …`;
  const params = /\(([^)]*)\)/.exec(source)?.[1] ?? '';
  const prefix = /^async\b/.test(source) ? 'async ƒ' : 'ƒ';
  return `${prefix} ${name}(${params.replace(/\s+/g, ' ').trim()})`;
}
