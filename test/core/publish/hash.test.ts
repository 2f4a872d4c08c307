import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { sha256Bytes, sha256Text } from '../../../src/core/publish/hash.ts';

describe('sha256Text', () => {
  it('gives the standard SHA-256 of the UTF-8 bytes', () => {
    expect(sha256Text('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Text('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('agrees with Node for text outside ASCII (accents, emoji, CJK)', () => {
    for (const text of ['Indice ATMO : dégradé', 'µg/m³ 🌫️', '空気', '\u00a0!']) {
      expect(sha256Text(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });

  it('hashes bytes as they are', () => {
    const bytes = new Uint8Array([0, 255, 1, 2]);
    expect(sha256Bytes(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});
