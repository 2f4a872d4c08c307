import { describe, expect, it } from 'vitest';
import { textHash } from '../../../src/core/publish/canonical-text.ts';
import { walkChain } from '../../../src/core/publish/chain-walk.ts';
import { three } from './fixtures.ts';

/** A lookup by hash over some texts, recording what it was asked. */
function finder(texts: readonly string[]) {
  const asked: string[] = [];
  const byHash = new Map(texts.map((text) => [textHash(text), text]));
  return {
    asked,
    find: async (sha256: string) => {
      asked.push(sha256);
      return byHash.get(sha256);
    },
  };
}

describe('walkChain(top, find)', () => {
  it("finds every earlier version by its successor's parent hash, in order", async () => {
    const [v1, v2, v3] = three();
    const { find, asked } = finder([v2.text, 'unrelated', v1.text]);
    const walked = await walkChain({ version: 3, text: v3.text }, find);
    expect(walked).toEqual({
      below: [
        { version: 1, text: v1.text },
        { version: 2, text: v2.text },
      ],
    });
    expect(asked).toEqual([v2.sha256, v1.sha256]);
  });

  it('says which version is missing, by number and hash', async () => {
    const [v1, v2, v3] = three();
    const walked = await walkChain({ version: 3, text: v3.text }, finder([v2.text]).find);
    expect(walked).toEqual({
      below: [{ version: 2, text: v2.text }],
      missing: { version: 1, sha256: v1.sha256 },
    });
  });
});
