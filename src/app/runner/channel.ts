/**
 * The page's end of the runner's MessagePort. The runner shares its realm with a stranger's cell
 * code, so this is a boundary: every message is parsed against `protocol.ts`, cell events pass
 * the `EventGate`, replies are parsed per request, and traffic is capped. Anything else is a
 * fault, reported once; the host then ends the runner. The page exposes no object to the worker:
 * a dataset is asked for by name and resolved by the page against its own notebook.
 */
import type { RunnerEvent } from '../../core/runtime/events.ts';
import type { ImportPath } from '../../core/imports/types.ts';
import { AlgobookError, toWire } from '../../core/errors/index.ts';
import { EventGate } from '../../runner/event-gate.ts';
import {
  parseReply,
  parseRunnerMessage,
  type PageMessage,
  type Replies,
  type Request,
} from '../../runner/protocol.ts';
import { FloodMeter, type FloodLimits } from './flood-meter.ts';

/** Why the page stopped trusting its runner. */
export type RunnerFault =
  /** Not a message of the protocol (garbage, an unknown kind, a raw Comlink message…). */
  | { kind: 'malformed' }
  /** An event for a cell that is not running under that run number, or for an unknown cell. */
  | { kind: 'forged-event' }
  /** A reply to no pending request, or of the wrong shape for it. */
  | { kind: 'bad-reply' }
  /** More events or bytes than a run may send. */
  | { kind: 'flood' };

export interface ChannelOptions {
  onEvents(events: RunnerEvent[]): void;
  /**
   * The checked bytes of dataset `name` of the notebook at import path `scope` (`[]`: the open
   * notebook), by the page's own pin.
   */
  loadDataset(name: string, scope: ImportPath): Promise<Uint8Array | Blob>;
  onFault(fault: RunnerFault): void;
  onPong?(seq: number): void;
  limits?: Partial<FloodLimits>;
}

type Kind = Request['kind'];
type FieldsOf<K extends Kind> = Omit<Extract<Request, { kind: K }>, 'id' | 'kind'>;

interface Pending {
  kind: Kind;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** A request the runner failed (its own error, e.g. a dataset that cannot be read). */
export class RunnerRequestError extends AlgobookError {}

/** The runner was ended (stopped, faulted, disposed) before it answered. */
export class RunnerGone extends AlgobookError {
  constructor() {
    super('runner-stopped');
    this.name = 'RunnerGone';
  }
}

export class RunnerChannel {
  readonly #port: MessagePort;
  readonly #options: ChannelOptions;
  readonly #gate = new EventGate();
  readonly #pending = new Map<number, Pending>();
  readonly #meter: FloodMeter;
  #nextId = 1;
  #closed = false;

  constructor(port: MessagePort, options: ChannelOptions) {
    this.#port = port;
    this.#options = options;
    this.#meter = new FloodMeter(options.limits);
    port.onmessage = (event: MessageEvent) => this.#receive(event.data);
    port.onmessageerror = () => this.#fault({ kind: 'malformed' });
  }

  /** Sends a request and resolves with its parsed reply. */
  request<K extends Kind>(kind: K, fields: FieldsOf<K>): Promise<Replies[K]> {
    if (this.#closed) return Promise.reject(new RunnerGone());
    const id = this.#nextId++;
    // `kind` and `fields` belong together by the signature; TypeScript cannot follow it here.
    const message = { ...fields, kind, id } as Request;
    if (message.kind === 'update')
      this.#gate.allow(
        message.cells.map((c) => c.id),
        Object.keys(message.datasets),
      );
    // Work the page asks for starts a new run: its events get a fresh budget.
    if (message.kind === 'update' || message.kind === 'rerun') this.#meter.newRun();
    return new Promise<Replies[K]>((resolve, reject) => {
      this.#pending.set(id, { kind, resolve: resolve as (v: unknown) => void, reject });
      this.#post(message);
    });
  }

  /** A new value of input `inputId`: its cell and their dependants run again; no reply. */
  setInput(inputId: string, value: unknown): void {
    if (this.#closed) return;
    // Work the page asks for starts a new run: its events get a fresh budget.
    this.#meter.newRun();
    this.#post({ kind: 'set-input', inputId, value });
  }

  ping(seq: number): void {
    this.#post({ kind: 'ping', seq });
  }

  /** Requests not answered yet. */
  get pending(): number {
    return this.#pending.size;
  }

  /** Cells whose run has started and not ended, as far as the page knows. */
  get running(): number {
    return this.#gate.running;
  }

  /** Ends the channel; pending requests fail with `RunnerGone`. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#port.onmessage = null;
    this.#port.close();
    for (const pending of this.#pending.values()) pending.reject(new RunnerGone());
    this.#pending.clear();
  }

  #post(message: PageMessage, transfer: Transferable[] = []) {
    if (!this.#closed) this.#port.postMessage(message, transfer);
  }

  #fault(fault: RunnerFault) {
    if (this.#closed) return;
    this.close();
    this.#options.onFault(fault);
  }

  #receive(data: unknown) {
    if (this.#closed) return;
    const message = parseRunnerMessage(data);
    if (!message) return this.#fault({ kind: 'malformed' });
    if (!this.#meter.admit(message, this.#gate.running > 0)) return this.#fault({ kind: 'flood' });
    switch (message.kind) {
      case 'events':
        for (const event of message.events)
          if (!this.#gate.admit(event)) return this.#fault({ kind: 'forged-event' });
        return this.#options.onEvents(message.events);
      case 'dataset-request':
        return void this.#dataset(message.id, message.name, message.scope);
      case 'reply': {
        const pending = this.#pending.get(message.id);
        const parsed = pending && parseReply(pending.kind, message.value);
        if (!pending || !parsed) return this.#fault({ kind: 'bad-reply' });
        this.#pending.delete(message.id);
        return pending.resolve(parsed.value);
      }
      case 'failure': {
        const pending = this.#pending.get(message.id);
        if (!pending) return this.#fault({ kind: 'bad-reply' });
        this.#pending.delete(message.id);
        // Its code, when it has one, is kept so the page can word it; else it keeps its text.
        const { name, message: text, code = 'runner-request-failed', params } = message.error;
        const error = new RunnerRequestError(code, params ?? { detail: text }, text);
        error.name = name;
        return pending.reject(error);
      }
      case 'pong':
        return this.#options.onPong?.(message.seq);
    }
  }

  async #dataset(id: number, name: string, scope: ImportPath) {
    try {
      const bytes = await this.#options.loadDataset(name, scope);
      // A Blob is passed by reference; bytes are moved, not copied.
      this.#post({ kind: 'dataset', id, bytes }, bytes instanceof Blob ? [] : [bytes.buffer]);
    } catch (error) {
      this.#post({ kind: 'dataset-failed', id, error: toWire(error) });
    }
  }
}
