/**
 * Keys in the order they were last used, the least recent first: what a bounded cache drops
 * first. Plain bookkeeping, not reactive state.
 */
export class UseOrder<K> {
  readonly #order = new Map<K, true>();

  /** `key` is now the most recently used. */
  use(key: K): void {
    this.#order.delete(key);
    this.#order.set(key, true);
  }

  /** Forgets and returns the least recently used keys beyond the `keep` most recent. */
  trim(keep: number): K[] {
    const dropped: K[] = [];
    for (const key of this.#order.keys()) {
      if (this.#order.size - dropped.length <= keep) break;
      dropped.push(key);
    }
    for (const key of dropped) this.#order.delete(key);
    return dropped;
  }
}
