import type { DatasetSpec } from '../../core/format/types.ts';
import { DatasetHashMismatch } from '../../core/data/errors.ts';
import { sha256Hex } from '../../core/data/sha256.ts';

/**
 * Fetches a pinned dataset for the runner and checks its bytes against the pinned hash before
 * they leave the page: a notebook never silently runs on different data.
 */
export async function fetchDataset(
  name: string,
  spec: DatasetSpec,
  baseUrl: string,
): Promise<Uint8Array> {
  const url = new URL(spec.url, baseUrl).href;
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(
      `Dataset "${name}": could not reach ${url}. The server may be down, or it may refuse requests from other sites (CORS).`,
    );
  }
  if (!response.ok) {
    throw new Error(
      `Dataset "${name}": ${url} answered ${response.status} ${response.statusText}.`,
    );
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const actual = await sha256Hex(bytes);
  if (actual !== spec.sha256) throw new DatasetHashMismatch(name, spec.sha256, actual);
  return bytes;
}
