import { FormatError } from '../format/errors.ts';
import { parse } from '../format/parse.ts';
import type { Notebook } from '../format/types.ts';
import { textHash } from './canonical-text.ts';
import { ChainProblem } from './chain-problem.ts';
import type { VersionText } from './types.ts';

const short = (sha: string | undefined) => (sha ? sha.slice(0, 12) : 'none');

/**
 * Checks one version's text against the sha256 it is listed under. A BOM or CRLF line breaks
 * added on the way do not count (see `textHash`); any other change does.
 */
export function checkVersion(text: string, sha256: string, version?: number): ChainProblem[] {
  const actual = textHash(text);
  if (actual === sha256.toLowerCase()) return [];
  const number = version ?? readNumber(text) ?? 0;
  return [
    new ChainProblem(
      'tampered',
      number,
      `Version ${number} has been modified: its text's sha256 is ${short(actual)}…, not the published ${short(sha256)}….`,
      { expected: sha256, actual },
    ),
  ];
}

/**
 * Checks a notebook's versions together: each text matches its listed sha256, carries its own
 * number, and names the previous version's text as `parent` (version 1 names the fork origin,
 * or nothing); numbers run from 1 without gaps or duplicates. An empty list is a sound chain.
 */
export function checkChain(versions: readonly VersionText[]): ChainProblem[] {
  const problems: ChainProblem[] = [];
  const byNumber = new Map<number, VersionText>();
  for (const entry of versions) {
    if (byNumber.has(entry.version)) {
      problems.push(
        new ChainProblem(
          'duplicate',
          entry.version,
          `Version ${entry.version} appears more than once.`,
        ),
      );
      continue;
    }
    byNumber.set(entry.version, entry);
  }
  const latest = Math.max(0, ...byNumber.keys());
  for (let n = 1; n <= latest; n++) {
    const entry = byNumber.get(n);
    if (!entry) {
      problems.push(new ChainProblem('missing', n, `Version ${n} is missing.`));
      continue;
    }
    if (entry.sha256) problems.push(...checkVersion(entry.text, entry.sha256, n));
    const notebook = readNotebook(entry.text);
    if (typeof notebook === 'string') {
      problems.push(new ChainProblem('unreadable', n, `Version ${n} cannot be read: ${notebook}`));
      continue;
    }
    const front = notebook.front;
    if (front.version !== n) {
      problems.push(
        new ChainProblem(
          'wrong-number',
          n,
          `Version ${n} says it is version ${front.version ?? '(none)'}.`,
          { actual: front.version },
        ),
      );
    }
    const before = byNumber.get(n - 1);
    // Version 1 descends from nothing, or from the version it was forked from.
    // The previous version as listed when it is (its own tampering is reported on its own),
    // else as its text hashes.
    const expected =
      n === 1 ? front.forkOf?.sha256 : before && (before.sha256 ?? textHash(before.text));
    if (n > 1 && !before) continue; // reported as missing above
    if ((front.parent ?? undefined) !== expected) {
      const what =
        n === 1
          ? expected
            ? `the version it was forked from (${short(expected)}…)`
            : 'nothing, as a first version'
          : `version ${n - 1} (${short(expected)}…)`;
      problems.push(
        new ChainProblem(
          'broken-parent',
          n,
          `Version ${n}'s parent is ${front.parent ? `${short(front.parent)}…` : 'missing'}; it should name ${what}.`,
          { expected: expected ?? '', actual: front.parent },
        ),
      );
    }
  }
  return problems;
}

function readNotebook(text: string): Notebook | string {
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof FormatError) return error.message;
    throw error;
  }
}

function readNumber(text: string): number | undefined {
  const notebook = readNotebook(text);
  return typeof notebook === 'string' ? undefined : notebook.front.version;
}
