/**
 * Choices a person made about one dataset pin, remembered across visits (issue 12): "keep using
 * the pinned bytes" when the source serves other bytes. A decision is keyed by the pin (its
 * `url` as written in the front matter and its `sha256`), so it applies to every notebook that
 * pins the same bytes at the same address, and to no other pin; it can be undone.
 */
import type { AlgobookDB } from './db.ts';

/** What was decided about a pin. */
export type Decision = 'keep-pinned';

export interface DecisionRecord {
  url: string;
  /** Lower-case hex SHA-256 of the pinned bytes. */
  sha256: string;
  decision: Decision;
  /** When it was decided (ms since the epoch). */
  decided: number;
}

const keyOf = (url: string, sha256: string): [string, string] => [url, sha256.toLowerCase()];

/** Remembers `decision` about the pin (`url`, `sha256`), replacing any earlier one. */
export async function rememberDecision(
  db: AlgobookDB,
  url: string,
  sha256: string,
  decision: Decision,
  now = Date.now(),
): Promise<void> {
  const [key, hash] = keyOf(url, sha256);
  await db.put('decisions', { url: key, sha256: hash, decision, decided: now });
}

/** The decision taken about the pin (`url`, `sha256`), if any. */
export async function decisionAbout(
  db: AlgobookDB,
  url: string,
  sha256: string,
): Promise<Decision | undefined> {
  return (await db.get('decisions', keyOf(url, sha256)))?.decision;
}

/** Forgets the decision about the pin (`url`, `sha256`): the person is asked again. */
export function forgetDecision(db: AlgobookDB, url: string, sha256: string): Promise<void> {
  return db.delete('decisions', keyOf(url, sha256));
}
