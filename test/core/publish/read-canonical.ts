/**
 * Reads a `canonicalJson` text back into a value: the tests use it to show that the canonical
 * form loses nothing, so two different values can never share a text.
 */
export function readCanonical(text: string): unknown {
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${at} in ${text}`);
  };
  const eat = (token: string) => {
    if (!text.startsWith(token, at)) fail(`expected ${token}`);
    at += token.length;
  };
  const string = (): string => {
    const match = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(at)) ?? fail('expected a string');
    at += match[0].length;
    return JSON.parse(match[0]) as string;
  };
  const list = (): unknown[] => {
    eat('[');
    const items: unknown[] = [];
    while (text[at] !== ']') {
      if (items.length) eat(',');
      items.push(value());
    }
    eat(']');
    return items;
  };
  const tagged = (name: string): unknown => {
    eat('(');
    let result: unknown;
    switch (name) {
      case 'Number':
        result = Number(string());
        break;
      case 'BigInt':
        result = BigInt(string());
        break;
      case 'Date':
        result = text.startsWith('null', at) ? (eat('null'), new Date(NaN)) : new Date(string());
        break;
      case 'Map':
        result = new Map(list() as [unknown, unknown][]);
        break;
      case 'Set':
        result = new Set(list());
        break;
      case 'Symbol':
        result = `Symbol(${string()})`; // symbols are never equal: compare their description
        break;
      case 'ArrayBuffer':
      case 'DataView': {
        const bytes = Uint8Array.from(string().match(/../g) ?? [], (h) => parseInt(h, 16));
        result = name === 'DataView' ? new DataView(bytes.buffer) : bytes.buffer;
        break;
      }
      default: {
        const make = (globalThis as Record<string, unknown>)[name];
        if (typeof make !== 'function' || !name.endsWith('Array')) fail(`unknown tag ${name}`);
        result = (make as { from(items: unknown[]): unknown }).from(list());
      }
    }
    eat(')');
    return result;
  };
  const value = (): unknown => {
    const c = text[at];
    if (c === '"') return string();
    if (c === '[') return list();
    if (c === '{') {
      eat('{');
      const out: Record<string, unknown> = {};
      while (text[at] !== '}') {
        if (Object.keys(out).length) eat(',');
        const key = string();
        eat(':');
        Object.defineProperty(out, key, { value: value(), enumerable: true, writable: true });
      }
      eat('}');
      return out;
    }
    const number = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/.exec(text.slice(at));
    if (number) {
      at += number[0].length;
      return Number(number[0]);
    }
    const word = /^[A-Za-z0-9]+/.exec(text.slice(at)) ?? fail('unexpected text');
    at += word[0].length;
    switch (word[0]) {
      case 'null':
        return null;
      case 'true':
        return true;
      case 'false':
        return false;
      case 'undefined':
        return undefined;
      case 'Function':
        return 'Function';
      case 'Circular':
        return 'Circular';
    }
    return tagged(word[0]);
  };
  const result = value();
  if (at !== text.length) fail('trailing text');
  return result;
}
