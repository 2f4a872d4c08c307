import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import { sha256Text } from '../../../src/core/publish/hash.ts';
import { freezeVersion } from '../../../src/core/publish/freeze.ts';
import { small, SHA_A, SHA_B } from './fixtures.ts';

const NOW = new Date(Date.UTC(2026, 10, 26, 1, 5, 9));
const RESULTS = [
  { cell: 1, sha256: SHA_A, value: 'Seuil: 50' },
  { cell: 2, sha256: SHA_B },
];

describe('freezeVersion', () => {
  it('makes version 1 without a parent, with the date, message and results', () => {
    const v = freezeVersion(small(), { message: ' First ', results: RESULTS, now: NOW });
    expect(v.sha256).toBe(sha256Text(v.text));
    const front = parse(v.text).front;
    expect(front.version).toBe(1);
    expect(front.published).toBe('2026-11-26T01:05:09Z');
    expect(front.message).toBe('First');
    expect(front.parent).toBeUndefined();
    expect(front.results).toEqual(RESULTS);
    expect(v.notebook.front).toEqual(front);
    // Publishing's keys come after the author's, results last.
    expect(Object.keys(front).slice(-4)).toEqual(['version', 'published', 'message', 'results']);
  });

  it('numbers the next version and names the previous one as parent', () => {
    const v1 = freezeVersion(small(), { message: 'a', results: RESULTS, now: NOW });
    const v2 = freezeVersion(v1.notebook, {
      previous: { version: 1, sha256: v1.sha256 },
      message: 'b',
      results: [],
      now: NOW,
    });
    const front = parse(v2.text).front;
    expect(front.version).toBe(2);
    expect(front.parent).toBe(v1.sha256);
    expect(front.message).toBe('b');
    expect(front.results).toEqual([]);
  });

  it("makes a fork's first version descend from the version it was forked from", () => {
    const forkOf = {
      id: 'small',
      version: 3,
      sha256: SHA_B,
      url: 'https://example.org/small/v3.algo.md',
    };
    const draft = small();
    draft.front.id = 'small-fork';
    const v = freezeVersion(draft, { forkOf, message: 'fork', results: [], now: NOW });
    const front = parse(v.text).front;
    expect(front.version).toBe(1);
    expect(front.parent).toBe(SHA_B);
    expect(front.forkOf).toEqual(forkOf);
  });

  it("replaces a restored version's own publish keys", () => {
    const v1 = freezeVersion(small(), { message: 'a', results: RESULTS, now: NOW });
    const again = freezeVersion(v1.notebook, { message: 'b', results: [], now: NOW });
    const front = parse(again.text).front;
    expect(front.version).toBe(1);
    expect(front.message).toBe('b');
    expect(front.results).toEqual([]);
  });

  it('gives the same text and hash for the same draft and time', () => {
    const a = freezeVersion(small(), { message: 'a', results: RESULTS, now: NOW });
    const b = freezeVersion(small(), { message: 'a', results: RESULTS, now: new Date(NOW) });
    expect(b.text).toBe(a.text);
    expect(b.sha256).toBe(a.sha256);
  });

  it('refuses an empty message, a bad previous number and an invalid date', () => {
    expect(() => freezeVersion(small(), { message: '  ', results: [], now: NOW })).toThrow(
      /message/,
    );
    expect(() =>
      freezeVersion(small(), {
        previous: { version: 0, sha256: SHA_A },
        message: 'm',
        results: [],
        now: NOW,
      }),
    ).toThrow(/whole number/);
    expect(() => freezeVersion(small(), { message: 'm', results: [], now: new Date(NaN) })).toThrow(
      /date/,
    );
  });
});
