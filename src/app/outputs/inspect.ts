/**
 * The tree shown for a value output. Children are built only when a branch is opened, so a
 * large or cyclic value (structured cloning keeps cycles) costs nothing until it is explored.
 */

export type LeafType = 'string' | 'number' | 'boolean' | 'null' | 'undefined' | 'date' | 'other';

export type InspectNode =
  | { kind: 'leaf'; key: string | null; type: LeafType; text: string }
  | {
      kind: 'branch';
      key: string | null;
      /** `Array(3)`, `Object`, `Map(2)`, or the value's `repr`. */
      label: string;
      /** A one-line look at the contents, shown while collapsed. */
      preview: string;
      size: number;
      value: object;
    };

const PREVIEW_CHARS = 60;
const PREVIEW_ITEMS = 5;
const STRING_CHARS = 10_000;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** An object key as written in code: bare when it is an identifier, quoted otherwise. */
export function formatKey(key: string): string {
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}

function isArrayLike(value: object): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

function leaf(value: unknown, key: string | null): InspectNode | null {
  if (value === null) return { kind: 'leaf', key, type: 'null', text: 'null' };
  switch (typeof value) {
    case 'undefined':
      return { kind: 'leaf', key, type: 'undefined', text: 'undefined' };
    case 'string': {
      const text = value.length > STRING_CHARS ? `${value.slice(0, STRING_CHARS)}…` : value;
      return { kind: 'leaf', key, type: 'string', text: JSON.stringify(text) };
    }
    case 'number':
      return {
        kind: 'leaf',
        key,
        type: 'number',
        text: Object.is(value, -0) ? '-0' : String(value),
      };
    case 'bigint':
      return { kind: 'leaf', key, type: 'number', text: `${value}n` };
    case 'boolean':
      return { kind: 'leaf', key, type: 'boolean', text: String(value) };
    case 'object':
      if (value instanceof Date) {
        const text = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
        return { kind: 'leaf', key, type: 'date', text };
      }
      if (value instanceof RegExp) return { kind: 'leaf', key, type: 'other', text: String(value) };
      return null;
    default:
      return { kind: 'leaf', key, type: 'other', text: String(value) };
  }
}

function sizeOf(value: object): number {
  if (value instanceof Map || value instanceof Set) return value.size;
  if (isArrayLike(value)) return value.length;
  return Object.keys(value).length;
}

function labelOf(value: object): string {
  if (value instanceof Map) return `Map(${value.size})`;
  if (value instanceof Set) return `Set(${value.size})`;
  if (Array.isArray(value)) return `Array(${value.length})`;
  if (isArrayLike(value)) return `${value.constructor.name}(${value.length})`;
  const name = Object.getPrototypeOf(value)?.constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'Object';
}

// One level deep: nested containers appear as their label, so the preview stays one line.
function shortText(value: unknown): string {
  const node = leaf(value, null);
  if (node?.kind === 'leaf')
    return node.text.length > 20 ? `${node.text.slice(0, 19)}…` : node.text;
  return typeof value === 'object' && value !== null ? labelOf(value) : String(value);
}

function previewOf(value: object): string {
  const parts: string[] = [];
  let open = '{';
  let close = '}';
  if (value instanceof Map) {
    for (const [k, v] of value) {
      if (parts.length === PREVIEW_ITEMS) break;
      parts.push(`${shortText(k)} => ${shortText(v)}`);
    }
  } else if (value instanceof Set) {
    for (const v of value) {
      if (parts.length === PREVIEW_ITEMS) break;
      parts.push(shortText(v));
    }
  } else if (isArrayLike(value)) {
    [open, close] = ['[', ']'];
    for (let i = 0; i < Math.min(value.length, PREVIEW_ITEMS); i++) parts.push(shortText(value[i]));
  } else {
    for (const key of Object.keys(value).slice(0, PREVIEW_ITEMS)) {
      parts.push(`${formatKey(key)}: ${shortText(Reflect.get(value, key))}`);
    }
  }
  if (sizeOf(value) > parts.length) parts.push('…');
  const text = `${open}${parts.join(', ')}${close}`;
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 2)}…${close}` : text;
}

/** The node for `value` under `key` (`null` for the root). */
export function inspectValue(value: unknown, key: string | null = null): InspectNode {
  const node = leaf(value, key);
  if (node) return node;
  if (typeof value !== 'object' || value === null)
    return { kind: 'leaf', key, type: 'other', text: String(value) };
  const size = sizeOf(value);
  const label = labelOf(value);
  // Nothing to open: show it as written.
  if (size === 0) {
    let text = `${label} {}`;
    if (Array.isArray(value)) text = '[]';
    else if (isArrayLike(value)) text = `${label} []`;
    else if (label === 'Object') text = '{}';
    return { kind: 'leaf', key, type: 'other', text };
  }
  return { kind: 'branch', key, label, preview: previewOf(value), size, value };
}

/**
 * The root node of a value output. A `repr` describes values that are not plain data: it
 * replaces the text of a leaf (`ƒ f(a, b)`, `undefined`) and the label of a branch (`Map(3)`).
 */
export function inspectOutput(value: unknown, repr?: string): InspectNode {
  const node = inspectValue(value);
  if (repr === undefined) return node;
  return node.kind === 'leaf' ? { ...node, type: 'other', text: repr } : { ...node, label: repr };
}

export interface Children {
  nodes: InspectNode[];
  /** How many more entries the value has beyond `nodes`. */
  rest: number;
}

/** The first `limit` entries of a branch: indices for arrays, keys for objects and maps. */
export function childrenOf(value: object, limit: number): Children {
  const nodes: InspectNode[] = [];
  if (value instanceof Map) {
    for (const [k, v] of value) {
      if (nodes.length === limit) break;
      nodes.push(inspectValue(v, shortText(k)));
    }
  } else if (value instanceof Set) {
    for (const v of value) {
      if (nodes.length === limit) break;
      nodes.push(inspectValue(v, null));
    }
  } else if (isArrayLike(value)) {
    for (let i = 0; i < Math.min(value.length, limit); i++)
      nodes.push(inspectValue(value[i], String(i)));
  } else {
    for (const key of Object.keys(value).slice(0, limit)) {
      nodes.push(inspectValue(Reflect.get(value, key), formatKey(key)));
    }
  }
  return { nodes, rest: Math.max(0, sizeOf(value) - nodes.length) };
}
