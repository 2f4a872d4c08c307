import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/index.ts';
import { freezeVersion } from '../../../src/core/publish/index.ts';
import { forkId, forkText, restoredText } from '../../../src/app/publish/draft-text.ts';

const DRAFT = `---
algobook: 1
id: city-total
title: Cities
license: EUPL-1.2
---

Prose.

\`\`\`js
1 + 1
\`\`\`
`;

function version(previous?: { sha256: string; version: number }) {
  return freezeVersion(parse(DRAFT), {
    previous,
    message: 'First',
    results: [{ cell: 1, sha256: 'a'.repeat(64), value: '2' }],
    now: new Date('2026-01-01T10:00:00Z'),
  });
}

describe('restoredText', () => {
  it("gives a version's notebook back without its publication stamp", () => {
    const v1 = version();
    const restored = restoredText(v1.text);
    expect(restored).not.toMatch(/^(version|published|message|parent|results):/m);
    expect(parse(restored).front).toEqual(parse(DRAFT).front);
    expect(parse(restored).cells.map((c) => c.source)).toEqual(
      parse(DRAFT).cells.map((c) => c.source),
    );
  });
});

describe('forkText', () => {
  it('gives the fork a new id and forkOf, without the origin stamp', () => {
    const v2 = version({ sha256: 'b'.repeat(64), version: 1 });
    const forkOf = { id: 'city-total', version: 2, sha256: v2.sha256, url: 'https://x/v2.algo.md' };
    const fork = parse(forkText(v2.notebook, forkOf, 'city-total-fork-abcdef'));
    expect(fork.front.id).toBe('city-total-fork-abcdef');
    expect(fork.front.forkOf).toEqual(forkOf);
    expect(fork.front.version).toBeUndefined();
    expect(fork.front.parent).toBeUndefined();
    expect(fork.front.results).toBeUndefined();
    expect(fork.front.title).toBe('Cities');
  });

  it('forkId makes a new id each time, never stacking fork suffixes', () => {
    const a = forkId('city-total');
    expect(a).toMatch(/^city-total-fork-[0-9a-f]{6}$/);
    expect(forkId('city-total')).not.toBe(a);
    expect(forkId(a)).toMatch(/^city-total-fork-[0-9a-f]{6}$/);
  });
});
