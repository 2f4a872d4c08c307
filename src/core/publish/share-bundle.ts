/**
 * Share links that carry a notebook's local files too. Such a payload is a bundle (a zip,
 * `bundle.ts`) in base64url; an older payload is the text alone, raw DEFLATE. A raw DEFLATE
 * stream can never start with a zip's signature, so both kinds are told apart by their first
 * bytes and old links keep opening.
 */
import { isZip, packBundle, unpackBundle } from './bundle.ts';
import { decodeShare, encodeShare, fromBase64Url, MAX_SHARED_BYTES, toBase64Url } from './share.ts';

/** The notebook's name inside a share link's bundle. */
const SHARED_NAME = 'notebook.algo.md';

/** A share payload for `text`, with `files` (relative path to bytes) when there are any. */
export async function encodeShareBundle(
  text: string,
  files: Map<string, Uint8Array>,
): Promise<string> {
  if (!files.size) return encodeShare(text);
  return toBase64Url(packBundle(SHARED_NAME, text, files));
}

/**
 * The text and files of a share payload. The files are not checked against the notebook here:
 * the caller does so once it has parsed it (`checkBundleFiles`).
 */
export async function decodeShareBundle(
  payload: string,
): Promise<{ text: string; files: Map<string, Uint8Array> }> {
  const trimmed = payload.trim();
  const bytes = trimmed ? fromBase64Url(trimmed) : new Uint8Array();
  if (!isZip(bytes)) return { text: await decodeShare(payload), files: new Map() };
  const { text, files } = unpackBundle(bytes, MAX_SHARED_BYTES);
  return { text, files };
}
