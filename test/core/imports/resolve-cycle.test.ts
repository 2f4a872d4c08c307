import { describe, expect, it, vi } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import { resolveImports } from '../../../src/core/imports/resolve.ts';
import { french, notebookText, outcome, servedBy } from './helpers.ts';

// A true cycle of content hashes cannot be written (each file would hold the hash of a text that
// holds its own), so the check is a defence against a forged hash. These tests forge it: the
// files' hashes are read from a table, each file hashing to the pin its importer wrote.
const forged = vi.hoisted(() => new Map<string, string>());
vi.mock('../../../src/core/publish/hash.ts', async (original) => {
  const real = await original<typeof import('../../../src/core/publish/hash.ts')>();
  const decoder = new TextDecoder();
  return {
    ...real,
    sha256Bytes: (bytes: Uint8Array) =>
      forged.get(decoder.decode(bytes)) ?? real.sha256Bytes(bytes),
  };
});

const url = (i: number) => `https://a.example.org/n${i}.algo.md`;
const pin = (i: number) => String(i).padStart(64, 'a');

/** Notebooks titled `titles`, each importing the next, the last importing the first. */
function cycle(titles: string[]) {
  forged.clear();
  const served: Record<string, string> = {};
  titles.forEach((title, i) => {
    const next = (i + 1) % titles.length;
    const text = notebookText(title, { next: [`n${next}.algo.md`, pin(next)] });
    forged.set(text, pin(i));
    served[url(i)] = text;
  });
  const front = parse(notebookText('Top', { first: ['n0.algo.md', pin(0)] })).front;
  return { front, load: servedBy(served) };
}

describe('resolveImports(...) and cycles', () => {
  it('resolveImports(...) refuses a cycle of two, naming both notebooks', async () => {
    const { front, load } = cycle(['Alpha', 'Beta']);
    const entries = await resolveImports(front, 'https://a.example.org/top.algo.md', load);
    expect(outcome(entries.first)).toEqual({
      error: 'import-cycle',
      message:
        'Imports form a cycle: Alpha → Beta → Alpha. A notebook cannot import itself, directly or through others.',
    });
    expect(french(entries.first)).toBe(
      'Les imports forment un cycle\u00a0: Alpha → Beta → Alpha. Un carnet ne peut pas s’importer lui-même, directement ou par d’autres.',
    );
    // Found from the pins on the path: nothing is loaded twice.
    expect(load.asked).toEqual([url(0), url(1)]);
  });

  it('resolveImports(...) refuses a cycle of three, naming every notebook', async () => {
    const { front, load } = cycle(['Alpha', 'Beta', 'Gamma']);
    const entries = await resolveImports(front, 'https://a.example.org/top.algo.md', load);
    expect(entries.first).toMatchObject({
      error: { code: 'import-cycle', params: { cycle: 'Alpha → Beta → Gamma → Alpha' } },
    });
  });
});
