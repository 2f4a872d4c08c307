/**
 * Tasks run at most `limit` at a time, in the order they were added: the register reads a
 * catalog's versions four by four, however many it lists and however often its rows change.
 * A task's failure is its own business (dropped here), so one never stops the others.
 */
export class LimitedQueue {
  #active = 0;
  readonly #waiting: (() => Promise<void>)[] = [];

  constructor(readonly limit: number) {}

  /** How many tasks are running now. */
  get active(): number {
    return this.#active;
  }

  add(task: () => Promise<void>): void {
    this.#waiting.push(task);
    this.#pump();
  }

  /** Drops the tasks not started yet (a new catalog replaces the old one's). */
  clear(): void {
    this.#waiting.length = 0;
  }

  #pump(): void {
    while (this.#active < this.limit && this.#waiting.length) {
      const task = this.#waiting.shift()!;
      this.#active++;
      void task()
        .catch(() => undefined)
        .finally(() => {
          this.#active--;
          this.#pump();
        });
    }
  }
}
