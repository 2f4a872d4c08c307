import type { RunnerMessage } from '../../runner/protocol.ts';

/** How much a runner may send: per run (from one request of the page to the next), and per second while no cell runs. */
export interface FloodLimits {
  eventsPerRun: number;
  bytesPerRun: number;
  messagesPerIdleSecond: number;
}

/**
 * Generous for any honest notebook (a cell displaying thousands of values, tables sending their
 * first rows, charts their inline data), small enough that the page stays responsive.
 */
export const FLOOD_LIMITS: FloodLimits = {
  eventsPerRun: 5_000,
  bytesPerRun: 256 * 1024 * 1024,
  messagesPerIdleSecond: 200,
};

/**
 * Counts what the runner sends. A runner past a cap is flooding the page (a stranger's cell
 * holding the page's main thread with messages): the host ends it and says why.
 */
export class FloodMeter {
  readonly #limits: FloodLimits;
  #events = 0;
  #bytes = 0;
  #second = 0;
  #idleMessages = 0;

  constructor(
    limits: Partial<FloodLimits> = {},
    private readonly now = () => performance.now(),
  ) {
    this.#limits = { ...FLOOD_LIMITS, ...limits };
  }

  /** The page asked for new work: a new run's budget. */
  newRun(): void {
    this.#events = 0;
    this.#bytes = 0;
  }

  /** Counts `message`; false once past a cap. */
  admit(message: RunnerMessage, cellsRunning: boolean): boolean {
    if (!cellsRunning) {
      const second = Math.floor(this.now() / 1000);
      if (second !== this.#second) {
        this.#second = second;
        this.#idleMessages = 0;
      }
      if (++this.#idleMessages > this.#limits.messagesPerIdleSecond) return false;
    }
    if (message.kind !== 'events') return true;
    this.#events += message.events.length;
    this.#bytes += sizeOf(message.events, this.#limits.bytesPerRun - this.#bytes);
    return this.#events <= this.#limits.eventsPerRun && this.#bytes <= this.#limits.bytesPerRun;
  }
}

/**
 * An estimate of the bytes of a structured-cloned value: strings by length, binary data by
 * byte length. It stops once past `budget`, so a huge message costs no more than the cap.
 */
export function sizeOf(value: unknown, budget: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length && size <= budget) {
    const item = stack.pop();
    if (typeof item === 'string') size += item.length * 2;
    else if (ArrayBuffer.isView(item)) size += item.byteLength;
    else if (item instanceof ArrayBuffer) size += item.byteLength;
    else if (typeof item === 'object' && item !== null) {
      for (const key of Object.keys(item)) {
        size += key.length * 2;
        if (size > budget) break;
        stack.push((item as Record<string, unknown>)[key]);
      }
    } else size += 8;
  }
  return size;
}
