import type { Anchor } from './anchor.ts';

/**
 * What the reader may say of a text given its anchor: `anchored` when the anchor's hash is the
 * text's (it may be called published), `mismatch` when an anchor names another text (the file
 * was changed), `none` without anchor (nothing published to compare it with).
 */
export type Claim = 'anchored' | 'mismatch' | 'none';

export function claimOf(anchor: Anchor | undefined, sha256: string): Claim {
  if (!anchor) return 'none';
  return anchor.sha256 === sha256 ? 'anchored' : 'mismatch';
}
