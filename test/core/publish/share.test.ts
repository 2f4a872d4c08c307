import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PublishError } from '../../../src/core/publish/errors.ts';
import { decodeShare, encodeShare, MAX_SHARED_BYTES } from '../../../src/core/publish/share.ts';
import { examples } from './fixtures.ts';

async function codeOf(payload: string): Promise<string> {
  try {
    await decodeShare(payload);
  } catch (error) {
    if (error instanceof PublishError) return error.code;
    throw error;
  }
  return 'decoded';
}

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('share links', () => {
  it('give each example back exactly, in a URL-safe payload smaller than the text', async () => {
    for (const { text } of examples()) {
      const payload = await encodeShare(text);
      expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(payload.length).toBeLessThan(text.length);
      expect(await decodeShare(payload)).toBe(text);
    }
  });

  it('keep any Unicode text and line breaks', async () => {
    const text = '---\ntitle: Qualité de l’air 🌫️\r\n---\n空気\u00a0!';
    expect(await decodeShare(await encodeShare(text))).toBe(text);
    expect(await decodeShare(await encodeShare(''))).toBe('');
  });

  it('read a payload whose -/_ a mail client turned into +/ and padded', async () => {
    const text = 'x'.repeat(10) + '\u00ff\u0100'.repeat(50);
    const payload = await encodeShare(text);
    const standard = Buffer.from(payload, 'base64url').toString('base64');
    expect(await decodeShare(standard)).toBe(text);
  });

  it('refuse an empty payload', async () => {
    expect(await codeOf('')).toBe('share-empty');
    expect(await codeOf('  ')).toBe('share-empty');
  });

  it('refuse characters a payload never has', async () => {
    expect(await codeOf('abc$def')).toBe('share-not-base64url');
    expect(await codeOf('abcde')).toBe('share-not-base64url');
  });

  it('refuse a payload cut short, or not compressed by algobook, with a clear message', async () => {
    const payload = await encodeShare(examples()[0].text);
    expect(await codeOf(payload.slice(0, payload.length - 40))).toBe('share-corrupt');
    expect(await codeOf(base64url(new Uint8Array([0xff, 0xff, 0xff, 0xff])))).toBe('share-corrupt');
    await expect(decodeShare(payload.slice(0, 100))).rejects.toThrow(/damaged/);
  });

  it('refuse bytes that are not UTF-8 text', async () => {
    expect(await codeOf(base64url(deflateRawSync(Buffer.from([0xc3, 0x28, 0xff]))))).toBe(
      'share-not-text',
    );
  });

  it('refuse a payload that unpacks to more than a notebook could be', async () => {
    const bomb = base64url(deflateRawSync(Buffer.alloc(MAX_SHARED_BYTES + 1024, 0x61)));
    expect(bomb.length).toBeLessThan(20_000);
    expect(await codeOf(bomb)).toBe('share-too-large');
  });
});
