/**
 * Whether an answer is a web page rather than data. Single-page hosts (`vite preview`, most
 * static hosts configured for an app) answer any unknown path with their `index.html` and a
 * 200: where a dataset (CSV, TSV, JSON, GeoJSON, Arrow, Parquet) was expected, that answer means
 * the file is not there, not that it changed since it was pinned.
 */

/** How many leading bytes {@link isHtmlAnswer} looks at: enough for a BOM, blank lines and a tag. */
export const HTML_SNIFF_BYTES = 512;

const TAGS = ['<!doctype html', '<html'];

/**
 * True when the answer's `Content-Type` is `text/html` (or XHTML), or when its first bytes,
 * after a byte-order mark and white space, open an HTML document (`<!doctype html`, `<html`,
 * in any case). `head` may be the whole body or only its start.
 */
export function isHtmlAnswer(contentType: string | null | undefined, head: Uint8Array): boolean {
  if (contentType && /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i.test(contentType))
    return true;
  return startsLikeHtml(head);
}

/** True when `bytes` open an HTML document, after a UTF-8 byte-order mark and white space. */
export function startsLikeHtml(bytes: Uint8Array): boolean {
  let at = 0;
  // The UTF-8 byte-order mark.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) at = 3;
  const end = Math.min(bytes.length, at + HTML_SNIFF_BYTES);
  while (at < end && isSpace(bytes[at])) at++;
  return TAGS.some((tag) => matchesAt(bytes, at, tag));
}

/** Tab, line feed, form feed, carriage return, space: HTML's white space. */
function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d;
}

function matchesAt(bytes: Uint8Array, at: number, tag: string): boolean {
  if (at + tag.length > bytes.length) return false;
  for (let i = 0; i < tag.length; i++) {
    // ASCII lower case: the tags are ASCII.
    const byte = bytes[at + i];
    const lower = byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte;
    if (lower !== tag.charCodeAt(i)) return false;
  }
  return true;
}
