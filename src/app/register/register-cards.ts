import type { ListedVersion } from '../../core/register/entry.ts';
import { REGISTER_CONCURRENCY } from './limits.ts';
import { LimitedQueue } from './queue.ts';
import { readVersion } from './read-version.ts';
import type { CardState, RegisterRow } from './rows.ts';

/** The key a row's card is kept under: the same version file gives the same card. */
export const cardKey = (row: Pick<RegisterRow, 'listed' | 'latest'>): string =>
  `${row.listed.id}@${row.latest.sha256}`;

/**
 * The cards of a register's rows, read from their versions' files four at a time and kept per
 * catalog: rows that come back (the interface's language switches a notebook for its
 * translation and back) are not read again. A new catalog drops the old one's reads. Each new
 * card is handed to `onchange` with all the others, as a new map.
 */
export class RegisterCards {
  #cards: ReadonlyMap<string, CardState> = new Map();
  #catalog = '';
  #controller = new AbortController();
  readonly #queue = new LimitedQueue(REGISTER_CONCURRENCY);
  readonly #asked = new Set<string>();

  constructor(
    private readonly onchange: (cards: ReadonlyMap<string, CardState>) => void,
    private readonly get: typeof fetch = (...args) => fetch(...args),
  ) {}

  /**
   * Reads the cards of `rows` of the catalog at `catalogUrl` not read or being read yet;
   * `listedOf` gives what a row's entry takes from the catalog.
   */
  read(
    catalogUrl: string,
    rows: readonly RegisterRow[],
    listedOf: (row: RegisterRow) => ListedVersion,
  ): void {
    if (catalogUrl !== this.#catalog) this.#reset(catalogUrl);
    const signal = this.#controller.signal;
    for (const row of rows) {
      const key = cardKey(row);
      if (this.#asked.has(key)) continue;
      this.#asked.add(key);
      const url = new URL(row.latest.path, catalogUrl).href;
      this.#queue.add(async () => {
        if (signal.aborted) return;
        const read = await readVersion(url, listedOf(row), { signal, fetch: this.get });
        if (signal.aborted) return;
        const state: CardState = read.ok
          ? { kind: 'ready', entry: read.entry }
          : { kind: 'unavailable', problem: read.problem };
        this.#set(new Map(this.#cards).set(key, state));
      });
    }
  }

  /** Stops reading (the page is left). */
  stop(): void {
    this.#reset('');
  }

  #reset(catalogUrl: string): void {
    this.#controller.abort();
    this.#controller = new AbortController();
    this.#queue.clear();
    this.#asked.clear();
    this.#catalog = catalogUrl;
    if (this.#cards.size) this.#set(new Map());
  }

  #set(cards: ReadonlyMap<string, CardState>): void {
    this.#cards = cards;
    this.onchange(cards);
  }
}
