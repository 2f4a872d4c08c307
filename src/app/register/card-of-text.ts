import { FormatError, parse } from '../../core/format/index.ts';
import { registerEntry, type ListedVersion } from '../../core/register/entry.ts';
import type { VersionCard } from './read-version.ts';

/**
 * A register's row from a version's checked text: parsed and made a {@link registerEntry}, or
 * the format error that stops it. A module of its own, loaded with the first card the register
 * reads, so that the notebook format and the card's code analysis stay out of the home page's
 * first scripts.
 */
export function cardOfText(text: string, listed: ListedVersion): VersionCard {
  try {
    return { ok: true, entry: registerEntry(parse(text), listed) };
  } catch (error) {
    if (error instanceof FormatError)
      return {
        ok: false,
        problem: {
          kind: 'format',
          code: error.code,
          params: { ...error.params },
          message: error.message,
        },
      };
    return {
      ok: false,
      problem: { kind: 'format', code: '', params: {}, message: String(error) },
    };
  }
}
