import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textHash } from '../../../src/core/publish/canonical-text.ts';
import { RegisterCards, cardKey } from '../../../src/app/register/register-cards.ts';
import { listedVersion, registerRows, type CardState } from '../../../src/app/register/rows.ts';
import { REGISTER_CONCURRENCY } from '../../../src/app/register/limits.ts';
import { catalogEntry } from './rows-fixtures.ts';

const TEXT = readFileSync(
  new URL('../../../examples/indice-atmo.algo.md', import.meta.url),
  'utf8',
);
const SHA = textHash(TEXT);
const CATALOG = 'https://city.example/site/catalog.json';

/** Ten notebooks of the same text, version 1 each, the 4th listed under another hash. */
const rows = registerRows(
  Array.from({ length: 10 }, (_, i) =>
    catalogEntry(`n${i}`, {
      versions: [
        {
          version: 1,
          sha256: i === 3 ? 'f'.repeat(64) : SHA,
          published: '2026-01-01T10:00:00Z',
          message: 'First',
          path: `n${i}/v1.algo.md`,
        },
      ],
    }),
  ),
).rows;

/** A fetch that answers the example's text, counting the requests and those in flight. */
function counting() {
  const seen: string[] = [];
  let active = 0;
  let most = 0;
  const get = async (input: RequestInfo | URL) => {
    seen.push(String(input));
    most = Math.max(most, ++active);
    await new Promise((ok) => setTimeout(ok, 1));
    active--;
    return new Response(TEXT);
  };
  return { get: get as typeof fetch, seen, most: () => most };
}

describe('RegisterCards', () => {
  it("reads each row's latest version beside the catalog, four at a time, once", async () => {
    const network = counting();
    let cards: ReadonlyMap<string, CardState> = new Map();
    const done = new Promise<void>((resolve) => {
      const reader = new RegisterCards((next) => {
        cards = next;
        if (next.size === rows.length) resolve();
      }, network.get);
      reader.read(CATALOG, rows, (row) => listedVersion(row, `#/${row.listed.id}`));
      // Asked again (the language changed, say): nothing is fetched twice.
      reader.read(CATALOG, rows.slice(0, 5), (row) => listedVersion(row, `#/${row.listed.id}`));
    });
    await done;
    expect(network.seen).toHaveLength(10);
    expect(network.seen[0]).toBe('https://city.example/site/n0/v1.algo.md');
    expect(network.most()).toBe(REGISTER_CONCURRENCY);
    expect(cards.get(cardKey(rows[0]))?.kind).toBe('ready');
    expect(cards.get(cardKey(rows[3]))).toMatchObject({
      kind: 'unavailable',
      problem: { kind: 'hash' },
    });
  });

  it("drops a catalog's reads when another one is asked for", async () => {
    const network = counting();
    const changes: string[][] = [];
    let changed = () => {};
    const first = new Promise<void>((resolve) => (changed = resolve));
    const reader = new RegisterCards((next) => {
      changes.push([...next.keys()]);
      changed();
    }, network.get);
    reader.read(CATALOG, rows, (row) => listedVersion(row, ''));
    reader.read('https://other.example/catalog.json', rows.slice(0, 1), (row) =>
      listedVersion(row, ''),
    );
    await first;
    // The first catalog's four reads in flight were aborted and its other six never started.
    expect(network.seen.filter((url) => url.startsWith('https://city.example'))).toHaveLength(4);
    expect(network.seen.at(-1)).toBe('https://other.example/n0/v1.algo.md');
    expect(changes).toEqual([[cardKey(rows[0])]]);
  });
});
