/**
 * A published version's output snapshot (`vN.outputs.json`, issue 15), fetched beside the
 * version's text and read once the text's hash is known. The file comes from whoever hosts the
 * site: its size is bounded (by `Content-Length` and while it streams in) before it is decoded,
 * and `readSnapshot` checks its shape and that it belongs to this very text.
 */
import {
  SNAPSHOT_MAX_BYTES,
  readSnapshot,
  snapshotPath,
  type SnapshotReading,
} from '../../core/publish/snapshot.ts';
import { isHtmlAnswer } from '../../core/data/html-answer.ts';
import { boundedBytes, TooLargeError } from '../register/bounded-body.ts';
import { takeEarly } from '../shell/early-fetch.ts';

/**
 * What came of asking for the snapshot: none (404, unreachable, a host's web page in its
 * place), its text, or too large.
 */
export type SnapshotFetch =
  { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'too-large' };

/** A published version's path: `…/v3.algo.md`. Only such a file has a snapshot beside it. */
const VERSION_FILE = /\/v\d+\.algo\.md$/;

/** Whether the notebook at `url` is named as a published version is (`vN.algo.md`). */
export function isVersionUrl(url: string): boolean {
  try {
    return VERSION_FILE.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/**
 * Starts fetching the snapshot of the version at `versionUrl` (at most {@link SNAPSHOT_MAX_BYTES}
 * bytes). Never rejects: a missing or unreachable file is simply no snapshot, said nowhere.
 */
export async function fetchSnapshot(
  versionUrl: string,
  get: typeof fetch = fetch,
): Promise<SnapshotFetch> {
  let response: Response;
  try {
    // As the version's text is fetched: a stale copy would belong to another version.
    const url = snapshotPath(versionUrl);
    response = await (takeEarly(url) ?? get(url, { cache: 'no-cache' }));
  } catch {
    return { kind: 'none' };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return { kind: 'none' };
  }
  const type = response.headers.get('content-type');
  // A single-page host answers a missing file with its index.html: that is no snapshot.
  if (isHtmlAnswer(type, new Uint8Array(0))) {
    await response.body?.cancel().catch(() => undefined);
    return { kind: 'none' };
  }
  try {
    const bytes = await boundedBytes(response, SNAPSHOT_MAX_BYTES);
    if (isHtmlAnswer(type, bytes)) return { kind: 'none' };
    return { kind: 'text', text: new TextDecoder().decode(bytes) };
  } catch (error) {
    return error instanceof TooLargeError ? { kind: 'too-large' } : { kind: 'none' };
  }
}

/**
 * The snapshot fetched by `fetching`, read against the version whose text hashes to `sha256`;
 * `null` when there is none.
 */
export async function readFetched(
  fetching: Promise<SnapshotFetch>,
  sha256: string,
): Promise<SnapshotReading | null> {
  const fetched = await fetching;
  if (fetched.kind === 'none') return null;
  if (fetched.kind === 'too-large') return { ok: false, problem: 'too-large' };
  return readSnapshot(fetched.text, sha256);
}
