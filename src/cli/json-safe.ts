/**
 * A value that `JSON.stringify` writes without loss or failure: dates as ISO strings (null when
 * invalid), big integers as numbers when exact and strings otherwise, non-finite numbers as
 * null, typed arrays as arrays, Maps and Sets as arrays.
 */
export function jsonSafe(value: unknown): unknown {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'bigint':
      return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
    case 'object':
      if (value === null) return null;
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
      if (Array.isArray(value)) return value.map(jsonSafe);
      if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
        return Array.from(value as unknown as ArrayLike<unknown>, jsonSafe);
      }
      if (value instanceof Map || value instanceof Set) return [...value].map(jsonSafe);
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonSafe(v)]));
    case 'undefined':
    case 'function':
    case 'symbol':
      return null;
    default:
      return value;
  }
}
