/** How long cells run before the page shows Stop and "Running…". */
export const BUSY_NOTICE_MS = 300;

/**
 * When to show that cells are running (the Stop button and "Running…"): once they have run for
 * `delayMs` without a break. A slider step re-runs its cells in a few milliseconds; showing the
 * bar at each step made it appear and vanish, moving the page under it, twice per step
 * (issue 15, "Slider steps"). A cell that runs on gets its Stop button a moment later.
 */
export class BusyNotice {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #busy = false;
  #shown = false;

  constructor(
    private readonly onChange: (shown: boolean) => void,
    private readonly delayMs = BUSY_NOTICE_MS,
  ) {}

  /** Whether some cell is running now. */
  set busy(busy: boolean) {
    if (busy === this.#busy) return;
    this.#busy = busy;
    if (busy) {
      this.#timer = setTimeout(() => this.#show(true), this.delayMs);
    } else {
      this.dispose();
      this.#show(false);
    }
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #show(shown: boolean) {
    this.#timer = undefined;
    if (shown === this.#shown) return;
    this.#shown = shown;
    this.onChange(shown);
  }
}
