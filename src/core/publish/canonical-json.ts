/**
 * One text per value, whatever the machine, the time zone or the order keys were set in, and
 * never the same text for two different values.
 *
 * Plain JSON (null, booleans, finite numbers, strings, arrays, plain objects) is written exactly
 * as RFC 8785 (JSON Canonicalization Scheme) writes it: keys sorted by UTF-16 code units, numbers
 * in ECMAScript's shortest round-trip form, strings as `JSON.stringify` escapes them, no spaces.
 *
 * What JSON cannot say is written as a tagged form, `Tag(…)`, which is not JSON at all: a bare
 * name outside a string never occurs in a JSON text, so no ordinary object or string can share a
 * tagged value's text (`Map([…])` is not `{"Map":[…]}`, `BigInt("5")` is not `"5n"`).
 *
 * | value                      | text                                   |
 * | -------------------------- | -------------------------------------- |
 * | NaN, ±Infinity, -0         | `Number("NaN")`, `Number("-0")`, …     |
 * | 5n                         | `BigInt("5")`                          |
 * | a Date                     | `Date("2024-01-31T23:30:00.000Z")`, `Date(null)` when invalid |
 * | a Map                      | `Map([[key,value],…])`, entries sorted by their key's text |
 * | a Set                      | `Set([…])`, items sorted by their text |
 * | a typed array              | `Float64Array([…])` (its own name)     |
 * | an ArrayBuffer, a DataView | `ArrayBuffer("hex")`, `DataView("hex")` |
 * | undefined (top level, in a list) | `undefined`                      |
 * | a function, a symbol       | `Function`, `Symbol("description")`    |
 * | a cycle                    | `Circular`                             |
 *
 * An object property whose value is undefined, a function or a symbol is left out, as
 * `JSON.stringify` does: `{a: undefined}` is `{}`. Other objects (class instances) are written
 * by their own enumerable properties, as plain objects.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, seen: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return number(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return `BigInt(${JSON.stringify(value.toString())})`;
    case 'undefined':
      return 'undefined';
    case 'function':
      return 'Function';
    case 'symbol':
      return `Symbol(${JSON.stringify(value.description ?? '')})`;
  }
  if (value === null || typeof value !== 'object') return 'null';
  if (value instanceof Date) {
    const time = value.getTime();
    return `Date(${Number.isNaN(time) ? 'null' : JSON.stringify(value.toISOString())})`;
  }
  if (seen.has(value)) return 'Circular';
  seen.add(value);
  try {
    return container(value, seen);
  } finally {
    seen.delete(value);
  }
}

function container(object: object, seen: Set<object>): string {
  if (Array.isArray(object)) {
    // A hole reads as undefined, like an explicit undefined.
    const items = Array.from(object as unknown[], (item) => write(item, seen));
    return `[${items.join(',')}]`;
  }
  if (object instanceof ArrayBuffer) return `ArrayBuffer(${hex(new Uint8Array(object))})`;
  if (object instanceof DataView) {
    const bytes = new Uint8Array(object.buffer, object.byteOffset, object.byteLength);
    return `DataView(${hex(bytes)})`;
  }
  if (ArrayBuffer.isView(object)) {
    const items = Array.from(object as unknown as ArrayLike<unknown>, (item) => write(item, seen));
    return `${tagOf(object)}([${items.join(',')}])`;
  }
  if (object instanceof Map) {
    const entries = [...object].map(([k, v]) => [write(k, seen), write(v, seen)] as const);
    entries.sort(([a], [b]) => compare(a, b));
    return `Map([${entries.map(([k, v]) => `[${k},${v}]`).join(',')}])`;
  }
  if (object instanceof Set) {
    const items = [...object].map((item) => write(item, seen)).sort(compare);
    return `Set([${items.join(',')}])`;
  }
  const record = object as Record<string, unknown>;
  const fields: string[] = [];
  for (const key of Object.keys(record).sort(compare)) {
    const item = record[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    fields.push(`${JSON.stringify(key)}:${write(item, seen)}`);
  }
  return `{${fields.join(',')}}`;
}

function number(n: number): string {
  if (Number.isNaN(n)) return 'Number("NaN")';
  if (n === Infinity) return 'Number("Infinity")';
  if (n === -Infinity) return 'Number("-Infinity")';
  if (Object.is(n, -0)) return 'Number("-0")';
  // String(n) is the shortest text that reads back as the same double (ECMA-262
  // Number::toString), which is RFC 8785's serialisation of numbers.
  return String(n);
}

/** Sorting by UTF-16 code units, as RFC 8785 sorts keys (and as `<` compares strings). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `Float64Array`, `Uint8Array`…: the typed array's own name, read from its tag. */
function tagOf(view: ArrayBufferView): string {
  return Object.prototype.toString.call(view).slice(8, -1);
}

function hex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte.toString(16).padStart(2, '0');
  return JSON.stringify(text);
}
