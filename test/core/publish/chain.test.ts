import { describe, expect, it } from 'vitest';
import { checkChain, checkVersion } from '../../../src/core/publish/chain.ts';
import { freezeVersion } from '../../../src/core/publish/freeze.ts';
import type { VersionText } from '../../../src/core/publish/types.ts';
import { small, SHA_B, three } from './fixtures.ts';

const NOW = new Date(Date.UTC(2026, 10, 26));

const codes = (versions: VersionText[]) =>
  checkChain(versions).map((p) => `${p.kind} ${p.version}`);

describe('checkVersion', () => {
  it('accepts the text it was published with, even with CRLF line breaks', () => {
    const [v1] = three();
    expect(checkVersion(v1.text, v1.sha256!)).toEqual([]);
    expect(checkVersion(v1.text.replace(/\n/g, '\r\n'), v1.sha256!)).toEqual([]);
  });

  it('flags a text changed after publication as tampered', () => {
    const [v1] = three();
    const [problem] = checkVersion(v1.text.replace('Some prose.', 'Other prose.'), v1.sha256!);
    expect(problem.code).toBe('version-tampered');
    expect(problem.version).toBe(1);
    expect(problem.message).toMatch(/^Version 1 has been modified/);
  });
});

describe('checkChain', () => {
  it('accepts a sound chain, and an empty one', () => {
    expect(checkChain(three())).toEqual([]);
    expect(checkChain([])).toEqual([]);
  });

  it('accepts a chain whose sha256 are not listed, checking the parents only', () => {
    expect(checkChain(three().map(({ version, text }) => ({ version, text })))).toEqual([]);
  });

  it('flags a tampered version, and only it when the catalog still lists its hash', () => {
    const versions = three();
    versions[1] = { ...versions[1], text: versions[1].text.replace('Change 2', 'Changed') };
    expect(codes(versions)).toEqual(['tampered 2']);
  });

  it('flags a broken parent when a version is swapped for another text and hash', () => {
    const versions = three();
    const other = freezeVersion(small(), {
      previous: { version: 1, sha256: versions[0].sha256! },
      message: 'x',
      results: [],
      now: NOW,
    });
    versions[1] = { version: 2, text: other.text, sha256: other.sha256 };
    expect(codes(versions)).toEqual(['broken-parent 3']);
  });

  it('flags a version 1 that names a parent without being a fork', () => {
    const v = freezeVersion(small(), { previous: undefined, message: 'm', results: [], now: NOW });
    const withParent = v.text.replace('version: 1\n', `version: 1\nparent: ${SHA_B}\n`);
    expect(codes([{ version: 1, text: withParent }])).toEqual(['broken-parent 1']);
  });

  it("accepts a fork's version 1 whose parent is its origin, and refuses another parent", () => {
    const forkOf = { id: 'origin', version: 2, sha256: SHA_B };
    const v = freezeVersion(small(), { forkOf, message: 'm', results: [], now: NOW });
    expect(codes([{ version: 1, text: v.text, sha256: v.sha256 }])).toEqual([]);
    const other = v.text.replace(`parent: ${SHA_B}`, `parent: ${'c'.repeat(64)}`);
    expect(codes([{ version: 1, text: other }])).toEqual(['broken-parent 1']);
  });

  it('flags duplicate and missing numbers, and a text that says another number', () => {
    const [v1, v2, v3] = three();
    expect(codes([v1, v3])).toEqual(['missing 2']);
    expect(codes([v1, v2, { ...v2 }, v3])).toEqual(['duplicate 2']);
    expect(codes([v1, { ...v3, version: 2 }])).toEqual(['wrong-number 2', 'broken-parent 2']);
  });

  it('flags a version that is not a notebook any more', () => {
    const [v1] = three();
    const [problem] = checkChain([{ version: 1, text: 'hello' }]);
    expect(problem.code).toBe('version-unreadable');
    expect(problem.message).toMatch(/^Version 1 cannot be read: Line 1: /);
    expect(checkChain([{ ...v1, text: 'hello' }]).map((p) => p.code)).toEqual([
      'version-tampered',
      'version-unreadable',
    ]);
  });
});
