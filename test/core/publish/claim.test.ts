import { describe, expect, it } from 'vitest';
import { claimOf } from '../../../src/core/publish/claim.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('claimOf(anchor, sha256)', () => {
  it('is anchored only when an anchor names the text’s own hash', () => {
    expect(claimOf({ kind: 'hash', sha256: A }, A)).toBe('anchored');
    expect(claimOf({ kind: 'catalog', url: 'https://c/catalog.json', sha256: A }, A)).toBe(
      'anchored',
    );
    expect(
      claimOf({ kind: 'chain', version: 2, sha256: A, from: { kind: 'stored', sha256: B } }, A),
    ).toBe('anchored');
  });

  it('is a mismatch when the anchor names another text, none without anchor', () => {
    expect(claimOf({ kind: 'stored', sha256: B }, A)).toBe('mismatch');
    expect(claimOf(undefined, A)).toBe('none');
  });
});
