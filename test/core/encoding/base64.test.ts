import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../src/core/encoding/base64.ts';

describe('base64', () => {
  it('bytesToBase64 writes RFC 4648 base64, as Node does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
  });

  it('base64ToBytes reads it back, with or without padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(base64ToBytes(text)).toEqual(bytes);
        expect(base64ToBytes(text.replace(/=+$/, ''))).toEqual(bytes);
      }),
    );
  });

  it('bytesToBase64 handles more bytes than one call of String.fromCharCode takes', () => {
    const bytes = new Uint8Array(300_000).map((_, i) => i % 251);
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(Buffer.from(base64ToBytes(text)).equals(bytes)).toBe(true);
  });
});
