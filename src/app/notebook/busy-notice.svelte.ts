import type { Clock } from './clock.svelte.ts';

/** How long cells run before the page shows Stop and "Running…". */
export const BUSY_NOTICE_MS = 300;

/**
 * When to show that cells are running (the Stop button and "Running…"): once they have run for
 * `delayMs` without a break, as read on the page's clock. A slider step re-runs its cells in a
 * few milliseconds; showing the bar at each step made it appear and vanish, moving the page
 * under it, twice per step (issue 15, "Slider steps"). It sets no timer of its own: the clock
 * keeps ticking between steps.
 */
export class BusyNotice {
  #busy = $state(false);
  #since = $state(0);
  #release: (() => void) | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly delayMs = BUSY_NOTICE_MS,
  ) {}

  /** Whether some cell is running now. */
  set busy(busy: boolean) {
    if (busy === this.#busy) return;
    this.#busy = busy;
    if (busy) {
      this.#since = performance.now();
      this.#release = this.clock.use();
    } else {
      this.dispose();
    }
  }

  /** Whether to show it now. */
  get shown(): boolean {
    return this.#busy && this.clock.now - this.#since >= this.delayMs;
  }

  dispose(): void {
    this.#release?.();
    this.#release = undefined;
  }
}
