import { FormatError } from '../format/errors.ts';
import { parse } from '../format/parse.ts';
import type { VersionText } from './types.ts';

/** Finds a version's text by the sha256 of its text (`textHash`), wherever it is kept. */
export type FindVersion = (sha256: string) => Promise<string | undefined>;

/** The versions below a version, found by its own chain; `missing` when a parent is not found. */
export interface WalkedChain {
  /** From version 1 (or as far down as found) up to the one below `top`. */
  below: VersionText[];
  missing?: { version: number; sha256: string };
}

/**
 * Follows `top`'s `parent` hashes down to version 1, asking `find` for each parent's text. A
 * version is thus found by what its successor recorded of it, not by its file's name: a copy
 * downloaded as `city-total-v2.algo.md` finds `city-total-v1.algo.md` beside it. The texts are
 * not checked here; `checkChain` checks the numbers and the links of what was found.
 */
export async function walkChain(top: VersionText, find: FindVersion): Promise<WalkedChain> {
  const below: VersionText[] = [];
  let text = top.text;
  for (let n = top.version; n > 1; n--) {
    const parent = parentOf(text);
    // A version after the first that names no parent breaks the chain: checkChain says so.
    if (!parent) break;
    const found = await find(parent.toLowerCase());
    if (found === undefined) return { below, missing: { version: n - 1, sha256: parent } };
    below.unshift({ version: n - 1, text: found });
    text = found;
  }
  return { below };
}

function parentOf(text: string): string | undefined {
  try {
    const parent = parse(text).front.parent;
    return typeof parent === 'string' ? parent : undefined;
  } catch (error) {
    if (error instanceof FormatError) return undefined;
    throw error;
  }
}
