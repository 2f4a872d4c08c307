/**
 * One JSON text per value, whatever the machine, the time zone or the order keys were set in:
 * object keys sorted (by UTF-16 code units, as JSON.stringify-based canonical forms do), numbers
 * in JavaScript's shortest round-trip form, dates as UTC ISO strings, no spaces. What JSON cannot
 * say is spelled out rather than dropped, so that it still counts: `NaN`, `Infinity` and big integers
 * become tagged strings (`-0` is written `0`, as a reader sees it), `undefined` in a list becomes `null` and in an object
 * disappears, as JSON.stringify does.
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
      return JSON.stringify(`${value.toString()}n`);
    case 'undefined':
    case 'function':
    case 'symbol':
      return 'null';
  }
  if (value === null) return 'null';
  if (value instanceof Date) {
    return JSON.stringify(Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString());
  }
  const object = value as object;
  if (seen.has(object)) return JSON.stringify('[Circular]');
  seen.add(object);
  try {
    if (Array.isArray(object) || ArrayBuffer.isView(object)) {
      const items = Array.from(object as ArrayLike<unknown>, (item) => write(item, seen));
      return `[${items.join(',')}]`;
    }
    if (object instanceof Map) {
      const entries = [...object].map(([k, v]) => [write(k, seen), write(v, seen)]);
      entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{"Map":[${entries.map(([k, v]) => `[${k},${v}]`).join(',')}]}`;
    }
    if (object instanceof Set) {
      const items = [...object].map((item) => write(item, seen)).sort();
      return `{"Set":[${items.join(',')}]}`;
    }
    const keys = Object.keys(object).sort();
    const fields: string[] = [];
    for (const key of keys) {
      const item = (object as Record<string, unknown>)[key];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      fields.push(`${JSON.stringify(key)}:${write(item, seen)}`);
    }
    return `{${fields.join(',')}}`;
  } finally {
    seen.delete(object);
  }
}

function number(n: number): string {
  if (Number.isNaN(n)) return '"NaN"';
  if (n === Infinity) return '"Infinity"';
  if (n === -Infinity) return '"-Infinity"';
  // String(n) is the shortest text that reads back as the same double (ECMA-262 Number::toString).
  return String(n);
}
