import { base64ToBytes, bytesToBase64 } from '../encoding/base64.ts';
import { PublishError } from './errors.ts';

/** Most bytes a share link may unpack to: a notebook is text, far below this; a bomb is not. */
export const MAX_SHARED_BYTES = 8 * 1024 * 1024;

/**
 * A notebook's text as a share-link payload: its UTF-8 bytes compressed with raw DEFLATE (the
 * browser's and Node's native CompressionStream) and written in base64url without padding, so
 * that it fits in a URL fragment as is.
 */
export async function encodeShare(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const compressed = await collect(
    new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw')),
  );
  return toBase64Url(compressed);
}

/**
 * The text back from a share-link payload. A payload damaged on the way (cut short, edited,
 * not from algobook) throws a {@link PublishError} saying so, rather than giving garbage.
 */
export async function decodeShare(payload: string): Promise<string> {
  const trimmed = payload.trim();
  if (!trimmed) {
    throw new PublishError(
      'share-empty',
      'This share link holds no notebook: the part after "#" is empty.',
    );
  }
  const bytes = fromBase64Url(trimmed);
  let inflated: Uint8Array;
  try {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'));
    inflated = await collect(stream, MAX_SHARED_BYTES);
  } catch (error) {
    if (error instanceof PublishError) throw error;
    throw new PublishError(
      'share-corrupt',
      'This share link is damaged: its notebook cannot be unpacked. It may have been cut short when copied; ask for the link again.',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(inflated);
  } catch {
    throw new PublishError(
      'share-not-text',
      'This share link does not hold a notebook: what it unpacks to is not text.',
    );
  }
}

async function collect(stream: ReadableStream<Uint8Array>, limit = Infinity): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new PublishError(
        'share-too-large',
        `This share link unpacks to more than ${limit / 1024 / 1024} MB; a notebook is far smaller, so it is refused.`,
        { limit },
      );
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export function toBase64Url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  // Some chat apps and mail clients turn the payload's `-`/`_` back into `+`/`/`; both read.
  if (!/^[A-Za-z0-9\-_+/]+=*$/.test(text) || text.replace(/=+$/, '').length % 4 === 1) {
    throw new PublishError(
      'share-not-base64url',
      'This share link is damaged: it contains characters a share link never has. Copy the whole link again.',
    );
  }
  return base64ToBytes(text.replace(/-/g, '+').replace(/_/g, '/'));
}
