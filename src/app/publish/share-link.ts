import type { Notebook } from '../../core/format/types.ts';
import { encodeShareBundle } from '../../core/publish/share-bundle.ts';

/** Links longer than this may be cut by chat apps, mail clients and some servers' logs. */
export const LONG_LINK = 8_000;

/** True when a dataset path is relative: it must be resolved against where the file was. */
function hasRelativeData(notebook: Notebook): boolean {
  return Object.values(notebook.front.datasets ?? {}).some((spec) => {
    try {
      new URL(spec.url);
      return false;
    } catch {
      return true;
    }
  });
}

/**
 * A link that carries the whole notebook text, compressed, in its fragment: no server of ours
 * sees it. When the notebook reads datasets by relative path, the link also says where those
 * paths resolve. `files` (relative path to bytes) travel in the link too (`share-bundle.ts`).
 */
export async function shareLink(
  text: string,
  notebook: Notebook,
  baseUrl: string,
  page: string = location.href,
  files: Map<string, Uint8Array> = new Map(),
): Promise<string> {
  const payload = await encodeShareBundle(text, files);
  const app = new URL(page);
  const base =
    hasRelativeData(notebook) && /^https?:/.test(baseUrl)
      ? `?base=${encodeURIComponent(baseUrl)}`
      : '';
  return `${app.origin}${app.pathname}#/share/${payload}${base}`;
}
