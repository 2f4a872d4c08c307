/** How often the running cells' elapsed times move on. */
const TICK_MS = 100;
/** Ticks without a running cell before the clock stops. */
const IDLE_TICKS = 10;

/**
 * One clock for the elapsed times of running cells ("running 1.2 s"). Each cell's status used to
 * start a timer of its own when its cell started and clear it when it ended: two timers per cell
 * at each slider step, for a time shown only if the cell runs for a tenth of a second or more.
 * This one keeps ticking for a second after the last cell ended, so steps in a row start none
 * (issue 15, "Slider steps").
 */
export class Clock {
  /** `performance.now()` at the last tick. */
  now = $state(performance.now());
  #users = 0;
  #idle = 0;
  #timer: ReturnType<typeof setInterval> | undefined;

  /** Keeps the clock ticking until the returned function is called. */
  use(): () => void {
    this.#users++;
    this.#idle = 0;
    this.#timer ??= setInterval(() => this.#tick(), TICK_MS);
    let used = true;
    return () => {
      if (used) this.#users--;
      used = false;
    };
  }

  #tick() {
    if (this.#users > 0) {
      this.#idle = 0;
      this.now = performance.now();
    } else if (++this.#idle >= IDLE_TICKS) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }
}

/** The page's clock. */
export const clock = new Clock();
