import type { ListedVersion } from '../../core/register/entry.ts';
import type { RegisterEntry } from '../../core/register/types.ts';
import { boundedBytes, TooLargeError } from './bounded-body.ts';
import { MAX_VERSION_BYTES } from './limits.ts';
import type { VersionProblem } from './problems.ts';
import { textDigest } from './text-digest.ts';

export type VersionCard =
  { ok: true; entry: RegisterEntry } | { ok: false; problem: VersionProblem };

export interface ReadOptions {
  signal?: AbortSignal;
  fetch?: typeof fetch;
  limit?: number;
}

/**
 * A register's row from a version's own text: fetched from `url` (at most `limit` bytes), its
 * SHA-256 checked against the one the catalog lists BEFORE it is parsed (a text that is not the
 * listed one is not read at all), then parsed and made a register entry (`card-of-text.ts`, loaded on the first card). Never throws but
 * for an abort: every failure is a {@link VersionProblem}.
 */
export async function readVersion(
  url: string,
  listed: ListedVersion,
  options: ReadOptions = {},
): Promise<VersionCard> {
  const { signal, limit = MAX_VERSION_BYTES } = options;
  const get = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await get(url, { cache: 'no-cache', ...(signal && { signal }) });
  } catch (error) {
    if (signal?.aborted) throw error;
    return fail({ kind: 'unreachable' });
  }
  if (!response.ok) return fail({ kind: 'status', status: response.status });
  let text: string;
  try {
    text = new TextDecoder().decode(await boundedBytes(response, limit));
  } catch (error) {
    if (error instanceof TooLargeError) return fail({ kind: 'too-large', limit });
    if (signal?.aborted) throw error;
    return fail({ kind: 'unreachable' });
  }
  const actual = await textDigest(text);
  if (actual !== listed.sha256.toLowerCase())
    return fail({ kind: 'hash', expected: listed.sha256, actual });
  const { cardOfText } = await import('./card-of-text.ts');
  return cardOfText(text, listed);
}

const fail = (problem: VersionProblem): VersionCard => ({ ok: false, problem });
