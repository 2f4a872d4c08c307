/** Rejects a superseded run's promise; the dataflow ignores it (the variable moved on). */
const SUPERSEDED = Symbol('superseded');

/**
 * One run of a cell: its number (reported in every event of the run), when it started, how many
 * inputs it has shown, and a way to abandon it. A superseded run is abandoned at once, so the
 * new run need not wait for a slow or stuck previous one (the dataflow otherwise chains a
 * variable's computations one after the other); its code may go on, but shows nothing more.
 */
export class Run {
  readonly started = performance.now();
  /** `view()` calls so far, numbering the run's inputs. */
  inputs = 0;
  #abandon: ((reason: unknown) => void) | undefined;

  constructor(readonly number: number) {}

  /** `reject` is called (once) if the run is superseded. */
  onSupersede(reject: (reason: unknown) => void): void {
    this.#abandon = reject;
  }

  supersede(): void {
    this.#abandon?.(SUPERSEDED);
    this.#abandon = undefined;
  }

  /** Milliseconds since the run started. */
  elapsed(): number {
    return Math.round((performance.now() - this.started) * 1000) / 1000;
  }
}
