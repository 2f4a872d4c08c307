export interface HeartbeatOptions {
  everyMs?: number;
  deadAfterMs?: number;
  ping(seq: number): void;
  /** While true (a cell runs, a dataset is parsed) the runner cannot answer: not counted. */
  busy(): boolean;
  onDead(): void;
}

/**
 * The page's heartbeat with its runner: a ping every second, and a runner that has not answered
 * (nor sent anything) for `deadAfterMs` while it had nothing to do is dead: its worker crashed
 * (out of memory), or its frame is gone. Not before it first answered, and not while it is
 * busy: a cell, a parse or a request (digests of large tables) holds its thread.
 */
export class Heartbeat {
  #last = performance.now();
  /** A runner still loading its script (slowly, on a busy machine) has not crashed. */
  #answered = false;
  #seq = 0;
  readonly #timer: ReturnType<typeof setInterval>;

  constructor(options: HeartbeatOptions) {
    const { everyMs = 1000, deadAfterMs = 6000 } = options;
    this.#timer = setInterval(() => {
      const now = performance.now();
      if (options.busy() || !this.#answered) this.#last = now;
      else if (now - this.#last > deadAfterMs) {
        this.stop();
        return options.onDead();
      }
      options.ping(++this.#seq);
    }, everyMs);
  }

  /** The runner answered (or sent events): it is alive. */
  pong(): void {
    this.#answered = true;
    this.#last = performance.now();
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}
