import { asStored } from '../../core/publish/canonical-text.ts';
import { sha256Text } from '../../core/publish/hash.ts';

/**
 * The SHA-256 a catalog lists a version's text under (`textHash`: without BOM, LF line
 * breaks), computed with Web Crypto off the main thread's JavaScript; where a page has no
 * `crypto.subtle` (served over plain http from another host than localhost), with the core's own.
 */
export async function textDigest(text: string): Promise<string> {
  const stored = asStored(text);
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return sha256Text(stored);
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(stored));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
