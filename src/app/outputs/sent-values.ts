/**
 * The values an input control sent and has not yet seen come back.
 *
 * While a slider is dragged through 2, 3, 4, the cell re-renders with 2, then 3, then 4. Taking
 * each of those as the control's value would pull the thumb back under the user's pointer. A
 * value that comes back in the order it was sent is an echo and is ignored (with everything sent
 * before it); any other value was set by the notebook itself and replaces the control's.
 */
export class SentValues {
  readonly #pending: unknown[] = [];
  readonly #limit: number;

  constructor(limit = 64) {
    this.#limit = limit;
  }

  /** Remember a value sent to the runtime. */
  sent(value: unknown): void {
    this.#pending.push(value);
    // A runtime that coalesces updates never echoes some of them; don't grow forever.
    if (this.#pending.length > this.#limit) this.#pending.shift();
  }

  /** Whether a value coming from the runtime should replace the control's value. */
  accept(value: unknown): boolean {
    const index = this.#pending.findIndex((sent) => Object.is(sent, value));
    if (index >= 0) {
      this.#pending.splice(0, index + 1);
      return false;
    }
    this.#pending.length = 0;
    return true;
  }
}
