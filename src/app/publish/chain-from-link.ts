import type { Anchor } from '../../core/publish/anchor.ts';
// By file: the publish index would bring every exporter into the first chunk.
import { chainAnchor, MAX_LATER_VERSIONS } from '../../core/publish/chain-anchor.ts';
import { textHash } from '../../core/publish/canonical-text.ts';
import type { VersionText } from '../../core/publish/types.ts';
import { fetchVersionText } from './catalog.ts';

/**
 * A version opened by a link whose `#sha256=` is not its own text's: the hash may be a later
 * version's, published beside it as `v<n>.algo.md` (as `algobook publish` lays a site out).
 * Reads the later versions upwards until one has the pinned hash (or one is missing), and
 * gives the chain anchor if their parents lead down to this text; null otherwise.
 */
export async function chainFromLink(
  url: string,
  target: VersionText,
  sha256: string,
): Promise<Anchor | null> {
  const later: VersionText[] = [];
  for (let n = target.version + 1; n <= target.version + MAX_LATER_VERSIONS; n++) {
    let text: string;
    try {
      text = await fetchVersionText(new URL(`v${n}.algo.md`, url).href);
    } catch {
      break;
    }
    later.push({ version: n, text });
    if (textHash(text) === sha256) break;
  }
  return chainAnchor({ kind: 'hash', sha256 }, target, later);
}
