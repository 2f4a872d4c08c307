import { FormatError } from '../format/errors.ts';
import { parse } from '../format/parse.ts';
import type { Anchor } from './anchor.ts';
import { textHash } from './canonical-text.ts';
import type { VersionText } from './types.ts';

/** How many later versions a reader looks for beside a version (a host may answer any path). */
export const MAX_LATER_VERSIONS = 64;

/**
 * An earlier version's `chain` anchor. `from` vouches for the text of a later version (a link's
 * `#sha256=`, `--sha256`, the site's catalog); that version names the one before it by the hash
 * of its text (`parent`), and so on down to `target`. Each link is checked here, so the anchored
 * hash vouches for `target`'s text as surely as for its own.
 *
 * The direction matters: a text whose own `parent` names an anchored version proves nothing
 * (anyone can write such a text), so only an anchored *later* version can anchor an earlier one.
 *
 * `later` holds the versions after `target` as they were found (beside it, in any order); the
 * one `from` names must be among them, with every version between. Null when it is not, or a
 * link does not hold.
 */
export function chainAnchor(
  from: Exclude<Anchor, { kind: 'chain' }>,
  target: VersionText,
  later: readonly VersionText[],
): Extract<Anchor, { kind: 'chain' }> | null {
  const top = later.find((entry) => textHash(entry.text) === from.sha256.toLowerCase());
  if (!top || top.version <= target.version) return null;
  const byNumber = new Map(later.map((entry) => [entry.version, entry.text]));
  byNumber.set(target.version, target.text);
  for (let n = top.version; n > target.version; n--) {
    const text = byNumber.get(n);
    const before = byNumber.get(n - 1);
    if (text === undefined || before === undefined) return null;
    const front = frontOf(text);
    if (front?.version !== n || front.parent !== textHash(before)) return null;
  }
  if (frontOf(target.text)?.version !== target.version) return null;
  return { kind: 'chain', from, version: top.version, sha256: textHash(target.text) };
}

function frontOf(text: string): { version?: number; parent?: string | null } | undefined {
  try {
    return parse(text).front;
  } catch (error) {
    if (error instanceof FormatError) return undefined;
    throw error;
  }
}
