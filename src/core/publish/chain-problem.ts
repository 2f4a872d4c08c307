import { AlgobookError, type ErrorParams } from '../errors/index.ts';

/** What can be wrong with a version or a chain of versions. */
export type ChainProblemKind =
  /** The text's sha256 is not the one it is listed under. */
  | 'tampered'
  /** `parent` is not the sha256 of the previous version's text. */
  | 'broken-parent'
  /** Two versions carry the same number. */
  | 'duplicate'
  /** A number is missing between 1 and the latest. */
  | 'missing'
  /** The text's front matter says another number than the one it is listed under. */
  | 'wrong-number'
  /** The text is not a valid notebook. */
  | 'unreadable';

const short = (sha: string | undefined) => (sha ? sha.slice(0, 12) : '—');

/**
 * Why a version or a chain cannot be trusted: an `AlgobookError` whose code (`version-<kind>`)
 * and parameters the page words in its language; `message` is the command line's sentence.
 */
export class ChainProblem extends AlgobookError {
  override name = 'ChainProblem';

  constructor(
    readonly kind: ChainProblemKind,
    readonly version: number,
    message: string,
    readonly hashes: { expected?: string; actual?: string | number } = {},
  ) {
    const params: ErrorParams = { version };
    if (kind === 'tampered') {
      params.expected = short(hashes.expected);
      params.actual = short(String(hashes.actual ?? ''));
    }
    if (kind === 'wrong-number') params.actual = String(hashes.actual ?? '—');
    super(`version-${kind}`, params, message);
  }

  get expected(): string | undefined {
    return this.hashes.expected;
  }

  get actual(): string | number | undefined {
    return this.hashes.actual;
  }
}
