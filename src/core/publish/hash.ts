import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const encoder = new TextEncoder();

/**
 * Lower-case hex SHA-256 of a text's UTF-8 bytes, synchronously. Pure JavaScript (@noble/hashes)
 * rather than Web Crypto, which the sandboxed runner worker does not have: the page, the worker
 * and the command line all hash with the same code.
 */
export function sha256Text(text: string): string {
  return bytesToHex(sha256(encoder.encode(text)));
}

/** Lower-case hex SHA-256 of some bytes, synchronously (see {@link sha256Text}). */
export function sha256Bytes(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}
