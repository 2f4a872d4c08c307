/**
 * Autosave of the draft open in the editor: every change is stored within a second, and a change
 * made in another tab meanwhile is never overwritten without the person choosing to.
 */
import type { DraftOrigin, DraftRecord, DraftStore } from './drafts.ts';
import { describeStorageError } from './errors.ts';
import { assertNever } from '../../core/runtime/outputs.ts';

/** Options of {@link Autosaver}. */
export interface AutosaverOptions {
  /** The draft being edited. */
  id: string;
  /** This tab's id (see `newTabId`), recorded as the writer of each save. */
  tabId: string;
  /** Where it is saved: `draftStore(db)`, or a stand-in in tests. */
  store: DraftStore;
  /** The revision the editor loaded; 0 (the default) for a draft never saved. */
  rev?: number;
  /** The text and title the editor loaded: what `keep-mine` keeps if nothing was typed since. */
  loaded?: { text: string; title: string };
  origin?: DraftOrigin;
  /** Quiet time after a change before saving. */
  debounceMs?: number;
  /** The longest a change waits while typing goes on; at most 1000 so it is saved within 1 s. */
  maxWaitMs?: number;
  /** Called after each save with the new revision (e.g. to announce it to other tabs). */
  onSaved?: (rev: number, id: string) => void;
  /** Another tab saved this draft meanwhile; nothing is written until {@link Autosaver.resolve}. */
  onConflict?: (theirs: DraftRecord) => void;
  /** A save failed; `message` is for the person. The change is retried with the next one. */
  onError?: (message: string, error: unknown) => void;
}

/** How a conflict was resolved; `take-theirs` carries the draft for the editor to load. */
export type Resolution =
  | { choice: 'keep-mine' }
  | { choice: 'take-theirs'; draft: DraftRecord }
  | { choice: 'save-as-copy'; id: string };

/** Saves the editor's text as the person types. Storage work runs one step at a time, in order. */
export class Autosaver {
  #o: AutosaverOptions;
  #id: string;
  #rev: number;
  #latest: { text: string; title: string } | undefined;
  #dirty = false;
  #conflict: DraftRecord | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #deadline: number | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: AutosaverOptions) {
    this.#o = options;
    this.#id = options.id;
    this.#rev = options.rev ?? 0;
    this.#latest = options.loaded;
  }

  /** The draft being saved (it changes after `save-as-copy`). */
  get id(): string {
    return this.#id;
  }
  /** The revision this tab last saved or loaded. */
  get rev(): number {
    return this.#rev;
  }
  /** Whether the latest change is not stored yet. */
  get dirty(): boolean {
    return this.#dirty;
  }
  /** The stored draft that conflicts with this tab's, until resolved. */
  get conflict(): DraftRecord | undefined {
    return this.#conflict;
  }

  /** Records the editor's new text; it is saved after `debounceMs` of quiet, or `maxWaitMs`. */
  change(text: string, title: string): void {
    this.#latest = { text, title };
    this.#dirty = true;
    if (this.#conflict) return; // kept for `keep-mine` and `save-as-copy`
    const { debounceMs = 300, maxWaitMs = 1000 } = this.#o;
    const now = Date.now();
    // The deadline is set by the first unsaved change, so continuous typing cannot postpone it.
    this.#deadline ??= now + Math.min(maxWaitMs, 1000);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), Math.min(debounceMs, this.#deadline - now));
  }

  /** Saves the latest change now. Wire it to `pagehide` and to `visibilitychange` to hidden. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#deadline = undefined;
    return this.#enqueue(() => this.#write());
  }

  /**
   * Tells it another tab saved revision `rev` (from `watchDraft`'s `onRemoteSave`): a newer one
   * puts it in conflict at once, so the person hears of it before typing rather than after.
   * When `dirty` is false there is nothing to lose, and the UI can `resolve('take-theirs')`
   * without asking.
   */
  remoteSaved(rev: number): Promise<void> {
    return this.#enqueue(async () => {
      if (this.#conflict || rev <= this.#rev) return;
      const theirs = await this.#o.store.get(this.#id);
      if (theirs && theirs.rev !== this.#rev) this.#enterConflict(theirs);
    });
  }

  /**
   * Ends a conflict. `keep-mine` saves this tab's text over theirs, the outcome reported like any
   * save (if yet another save came in meanwhile, that is a new conflict). `take-theirs` drops
   * this tab's unsaved text and returns the stored draft to load. `save-as-copy` stores this
   * tab's text as a new draft, which this autosaver then keeps saving, and leaves theirs in
   * place; if the copy cannot be stored it reports it through `onError`, stays in conflict and
   * returns `undefined`.
   */
  resolve(choice: Resolution['choice']): Promise<Resolution | undefined> {
    return this.#enqueue(async () => {
      const theirs = this.#conflict;
      if (!theirs) throw new Error('Autosaver.resolve: there is no conflict to resolve');
      switch (choice) {
        case 'keep-mine':
          this.#conflict = undefined;
          this.#rev = theirs.rev;
          // Unless the editor's text is unknown (nothing loaded or typed): then theirs stays.
          this.#dirty = this.#latest !== undefined;
          await this.#write();
          return { choice };
        case 'take-theirs': {
          // The freshest stored draft: a third save may have come after the conflict.
          const draft = (await this.#o.store.get(this.#id).catch(() => undefined)) ?? theirs;
          this.#conflict = undefined;
          this.#rev = draft.rev;
          this.#latest = { text: draft.text, title: draft.title };
          this.#dirty = false;
          return { choice, draft };
        }
        case 'save-as-copy': {
          const id = crypto.randomUUID();
          const { text, title } = this.#latest ?? theirs;
          const copy = { text, title: `${title} (copy)` };
          const result = await this.#save(id, copy, 0);
          if (!result?.ok) return undefined; // a new id cannot conflict; an error was reported
          this.#conflict = undefined;
          this.#saved(id, result.rev);
          this.#latest = copy;
          this.#dirty = false;
          return { choice, id };
        }
        default:
          return assertNever(choice);
      }
    });
  }

  #enqueue<T>(step: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(step);
    this.#queue = run.catch(() => {}); // one failed step must not stop the later ones
    return run;
  }

  async #write(): Promise<void> {
    const mine = this.#latest;
    if (this.#conflict || !this.#dirty || !mine) return;
    this.#dirty = false;
    const result = await this.#save(this.#id, mine, this.#rev);
    if (result?.ok) return this.#saved(this.#id, result.rev);
    this.#dirty = true; // not stored: the next change or flush tries again
    if (result) this.#enterConflict(result.conflict.theirs);
  }

  #saved(id: string, rev: number): void {
    this.#id = id;
    this.#rev = rev;
    this.#o.onSaved?.(rev, id);
  }

  /** One save; storage errors go to `onError` and give `undefined`. */
  async #save(id: string, mine: { text: string; title: string }, baseRev: number) {
    const { tabId: writer, origin, store } = this.#o;
    try {
      const { text, title } = mine;
      return await store.save({ id, title, text, writer, ...(origin && { origin }) }, baseRev);
    } catch (error) {
      this.#o.onError?.(describeStorageError(error), error);
      return undefined;
    }
  }

  #enterConflict(theirs: DraftRecord): void {
    clearTimeout(this.#timer);
    this.#deadline = undefined;
    this.#conflict = theirs;
    this.#o.onConflict?.(theirs);
  }
}
