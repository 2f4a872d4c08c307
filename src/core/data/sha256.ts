/**
 * Lower-case hex SHA-256 of some bytes, with Web Crypto so it runs alike in a browser, a worker
 * and Node 20 (where it is also computed off the main thread).
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // `digest` wants an ArrayBuffer-backed view; a SharedArrayBuffer-backed one is copied.
  const view =
    bytes.buffer instanceof ArrayBuffer
      ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      : new Uint8Array(bytes);
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new Error(
      'SHA-256 is not available here: Web Crypto needs a secure context (https or localhost).',
    );
  }
  const digest = new Uint8Array(await subtle.digest('SHA-256', view));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
