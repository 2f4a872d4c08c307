import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../../../src/core/format/index.ts';
import {
  asNewDraft,
  freezeVersion,
  lineageOf,
  newLineage,
  textHash,
} from '../../../src/core/publish/index.ts';

const DRAFT = `---
algobook: 1
id: city-total
title: Population
---

\`\`\`js
1 + 1
\`\`\`
`;

const publish = (text: string) =>
  freezeVersion(parse(text), {
    message: 'First',
    results: [{ cell: 1, sha256: 'a'.repeat(64) }],
    now: new Date(Date.UTC(2026, 0, 1)),
  });

describe('lineage', () => {
  it('is the lineage key when there is one, else the id (files written before lineages)', () => {
    expect(lineageOf({ id: 'city-total' })).toBe('city-total');
    expect(lineageOf({ id: 'city-total', lineage: 'abc' })).toBe('abc');
    expect(lineageOf({ id: 'city-total', lineage: 42 })).toBe('city-total');
  });

  it('is 128 random bits, never the same twice', () => {
    const a = newLineage();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newLineage()).not.toBe(a);
  });

  it('gives two copies of one notebook two chains, whatever their id', () => {
    const a = asNewDraft(parse(DRAFT), DRAFT);
    const b = asNewDraft(parse(DRAFT), DRAFT);
    expect(a.front.id).toBe(b.front.id);
    expect(lineageOf(a.front)).not.toBe(lineageOf(b.front));
    expect(lineageOf(a.front)).not.toBe('city-total');
    // It survives the file and publishing.
    const text = serialize(a);
    expect(lineageOf(parse(text).front)).toBe(lineageOf(a.front));
    expect(lineageOf(publish(text).notebook.front)).toBe(lineageOf(a.front));
  });

  it('makes a copy of a published version a fork of it: forkOf, no publication stamp', () => {
    const version = publish(serialize(asNewDraft(parse(DRAFT), DRAFT)));
    const copy = asNewDraft(parse(version.text), version.text, {
      url: 'https://city.example/city-total/v1.algo.md',
    });
    expect(copy.front.forkOf).toEqual({
      id: 'city-total',
      version: 1,
      sha256: textHash(version.text),
      url: 'https://city.example/city-total/v1.algo.md',
    });
    for (const key of ['version', 'published', 'message', 'parent', 'results'])
      expect(copy.front[key]).toBeUndefined();
    expect(lineageOf(copy.front)).not.toBe(lineageOf(version.notebook.front));
    // Its first version descends from the copied one.
    expect(publish(serialize(copy)).notebook.front.parent).toBe(textHash(version.text));
  });

  it('keeps the forkOf of a draft it copies, and no local URL', () => {
    const fork = { id: 'x', version: 2, sha256: 'b'.repeat(64) };
    const draft = { ...parse(DRAFT), front: { ...parse(DRAFT).front, forkOf: fork } };
    expect(asNewDraft(draft, DRAFT).front.forkOf).toEqual(fork);
    const version = publish(DRAFT);
    const local = asNewDraft(parse(version.text), version.text, { url: 'blob:xyz' });
    expect(local.front.forkOf?.url).toBeUndefined();
  });
});
