import { describe, expect, it } from 'vitest';
import { chainAnchor } from '../../../src/core/publish/chain-anchor.ts';
import { freezeVersion } from '../../../src/core/publish/freeze.ts';
import { parse } from '../../../src/core/format/parse.ts';
import type { Anchor } from '../../../src/core/publish/anchor.ts';
import { three } from './fixtures.ts';

const pin = (sha256: string): Exclude<Anchor, { kind: 'chain' }> => ({ kind: 'hash', sha256 });

describe('chainAnchor(from, target, later)', () => {
  it('anchors an earlier version through the parents of an anchored later one', () => {
    const [v1, v2, v3] = three();
    expect(chainAnchor(pin(v3.sha256!), v1, [v3, v2])).toEqual({
      kind: 'chain',
      from: pin(v3.sha256!),
      version: 3,
      sha256: v1.sha256,
    });
    expect(chainAnchor(pin(v2.sha256!), v1, [v2])?.version).toBe(2);
  });

  it('anchors nothing when a version between is missing', () => {
    const [v1, , v3] = three();
    expect(chainAnchor(pin(v3.sha256!), v1, [v3])).toBeNull();
  });

  it('anchors nothing when the earlier text was edited: its hash is not the parent named', () => {
    const [v1, v2, v3] = three();
    const edited = { ...v1, text: v1.text.replace('Change 1', 'Changed') };
    expect(chainAnchor(pin(v3.sha256!), edited, [v2, v3])).toBeNull();
  });

  it('anchors nothing when no later version has the anchored hash', () => {
    const [v1, v2, v3] = three();
    expect(chainAnchor(pin('c'.repeat(64)), v1, [v2, v3])).toBeNull();
    // The anchor names the target itself, not a later version: that is no chain.
    expect(chainAnchor(pin(v1.sha256!), v1, [v2, v3])).toBeNull();
  });

  it('never anchors a later text from an anchored earlier one it names as parent', () => {
    // Anyone can write a "version 2" whose parent is the real version 1.
    const [v1] = three();
    const forged = freezeVersion(parse(v1.text), {
      previous: { version: 1, sha256: v1.sha256! },
      message: 'forged',
      results: [],
      now: new Date(Date.UTC(2026, 10, 27)),
    });
    const v2 = { version: 2, text: forged.text };
    expect(chainAnchor(pin(v1.sha256!), v2, [v1])).toBeNull();
  });

  it('anchors nothing when a version says another number than its place in the chain', () => {
    const [v1, v2] = three();
    const renumbered = { ...v2, version: 3 };
    expect(chainAnchor(pin(v2.sha256!), { ...v1, version: 2 }, [renumbered])).toBeNull();
  });
});
