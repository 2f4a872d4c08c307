import {
  LineCounter,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  visit,
  type Document,
} from 'yaml';
import type { FormatCode } from '../errors/index.ts';
import { FormatError } from './errors.ts';

/** Finds the file line of a key in the front matter, for error messages. */
export interface Locator {
  /**
   * The line of the key at `path` (`'datasets', 'pop', 'format'`; a list item by its index,
   * `'network', '0'`); when a key is missing, the
   * line of the nearest one above it, down to the opening `---` line.
   */
  keyLine(...path: string[]): number;
}

/** A locator for `doc`, parsed with `counter`, whose first line is file line `firstLine`. */
export function locator(doc: Document, counter: LineCounter, firstLine: number): Locator {
  return {
    keyLine(...path) {
      let line = firstLine - 1;
      let node: unknown = doc.contents;
      for (const key of path) {
        if (isAlias(node)) node = node.resolve(doc);
        if (isSeq(node)) {
          // A list item, by its index: the line of the item itself.
          const item: unknown = node.items[Number(key)];
          if (!isNode(item)) break;
          line = lineOf(item, counter, firstLine) ?? line;
          node = item;
          continue;
        }
        const pair = isMap(node) ? node.items.find((p) => keyText(p.key) === key) : undefined;
        if (!pair) break;
        line = lineOf(pair.key, counter, firstLine) ?? line;
        node = pair.value;
      }
      return line;
    },
  };
}

/** The file line where `node` starts, if it was parsed from the text. */
export function lineOf(node: unknown, counter: LineCounter, firstLine: number): number | undefined {
  if (!isNode(node) || !node.range) return undefined;
  return firstLine + counter.linePos(node.range[0]).line - 1;
}

/** A key as the plain object will have it: `1` and `"1"` are the same key there. */
function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/**
 * Refuses a key written twice in any mapping, at the second one: YAML would silently keep the
 * last. `what` gives the code that names the keys of a mapping (e.g. a dataset name) from its
 * path: its keys from the root, with `[]` for a list item.
 */
export function checkUniqueKeys(
  doc: Document,
  counter: LineCounter,
  firstLine: number,
  what: (path: readonly string[]) => FormatCode,
): void {
  visit(doc, {
    Map(_, map, ancestors) {
      const path = ancestors.flatMap((node) =>
        isPair(node) ? [keyText(node.key)] : isSeq(node) ? ['[]'] : [],
      );
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        const key = keyText(pair.key);
        const line = lineOf(pair.key, counter, firstLine) ?? firstLine;
        const first = seen.get(key);
        if (first !== undefined) {
          throw new FormatError(line, { code: what(path), params: { key, first } });
        }
        seen.set(key, line);
      }
    },
  });
}
