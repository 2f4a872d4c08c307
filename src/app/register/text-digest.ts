import { asStored } from '../../core/publish/stored-text.ts';

/**
 * The SHA-256 a catalog lists a version's text under (`textHash`: without BOM, LF line
 * breaks), computed with Web Crypto off the main thread's JavaScript; where a page has no
 * `crypto.subtle` (served over plain http from another host than localhost), with the core's own.
 */
export async function textDigest(text: string): Promise<string> {
  const stored = asStored(text);
  const subtle = globalThis.crypto?.subtle;
  // The core's hash only where needed: it stays out of the home page's first scripts.
  if (!subtle) return (await import('../../core/publish/hash.ts')).sha256Text(stored);
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(stored));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
