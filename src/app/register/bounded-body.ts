/** Thrown when a body is longer than allowed, by its `Content-Length` or as it streams in. */
export class TooLargeError extends Error {
  override name = 'TooLargeError';
  constructor(readonly limit: number) {
    super(`The body is larger than ${limit} bytes.`);
  }
}

/**
 * A response's body as bytes, refusing more than `limit`: first by its `Content-Length`, then by
 * counting while it streams in, since a server may announce less than it sends, or nothing.
 */
export async function boundedBytes(response: Response, limit: number): Promise<Uint8Array> {
  const announced = Number(response.headers.get('content-length'));
  if (Number.isFinite(announced) && announced > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw new TooLargeError(limit);
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new TooLargeError(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
