import { normalize } from '../format/normalize.ts';
import type { FrontMatter, Notebook } from '../format/types.ts';
import { canonicalText } from './canonical-text.ts';
import { sha256Text } from './hash.ts';
import type { FreezeOptions, FrozenVersion } from './types.ts';

/** The keys of a version's publication stamp; a draft made from a version starts without them. */
export const STAMP_KEYS = ['version', 'published', 'message', 'parent', 'results'];
/** The front-matter keys that publishing writes (the stamp and lineage); a draft's own are replaced. */
export const PUBLISH_KEYS = [...STAMP_KEYS, 'forkOf'];

/**
 * Freezes a draft as the next version: its front matter gets `version` (previous + 1, or 1),
 * `published` (UTC, to the second), `message`, `parent` (the previous version's sha256, or for
 * a fork's first version the origin's) and `results`, written after the author's keys in that
 * order. The version's identity is the sha256 of the returned canonical text.
 */
export function freezeVersion(draft: Notebook, options: FreezeOptions): FrozenVersion {
  const { previous, message, results, now } = options;
  if (!message.trim()) throw new Error('A version needs a message saying what changed.');
  if (previous && !(Number.isInteger(previous.version) && previous.version >= 1)) {
    throw new Error(
      `The previous version number must be a whole number from 1, not ${previous.version}.`,
    );
  }
  if (Number.isNaN(now.getTime())) throw new Error('The publication date is not a valid date.');
  const forkOf = options.forkOf ?? draft.front.forkOf;
  const front: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft.front)) {
    if (!PUBLISH_KEYS.includes(key)) front[key] = value;
  }
  front.version = previous ? previous.version + 1 : 1;
  front.published = utcSeconds(now);
  front.message = message.trim();
  const parent = previous?.sha256 ?? forkOf?.sha256;
  if (parent) front.parent = parent;
  if (forkOf) front.forkOf = { ...forkOf };
  front.results = results.map((result) => ({ ...result }));
  const notebook = normalize({ front: front as FrontMatter, cells: draft.cells });
  const text = canonicalText(notebook);
  return { text, sha256: sha256Text(text), notebook };
}

/** `2026-11-26T01:05:09Z`: an ISO date-time in UTC, without the milliseconds. */
export function utcSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
