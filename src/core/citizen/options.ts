/**
 * Reads a code cell's info-string options (what follows `js` on the fence line): words, and
 * `key=value` or `key="quoted value"` pairs, e.g. `indicator title="Indice ATMO"`.
 */
export function parseOptions(options: string): Map<string, string | true> {
  const out = new Map<string, string | true>();
  const pattern = /([\w-]+)(?:=(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)))?/g;
  for (const match of options.matchAll(pattern)) {
    const [, key, doubleQuoted, singleQuoted, bare] = match;
    const value = doubleQuoted?.replace(/\\(.)/g, '$1') ?? singleQuoted ?? bare;
    out.set(key, value ?? true);
  }
  return out;
}

/** Whether the cell is marked as one of the notebook's key results (`js indicator`). */
export function isIndicator(options: string): boolean {
  return parseOptions(options).has('indicator');
}

/** The title an author gave an indicator (`indicator title="..."`), if any. */
export function indicatorTitle(options: string): string | null {
  const title = parseOptions(options).get('title');
  return typeof title === 'string' && title.trim() ? title.trim() : null;
}
