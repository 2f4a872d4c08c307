import { afterEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type AutosaverOptions } from '../../../src/app/storage/autosave.ts';
import { draftStore, getDraft, type DraftStore } from '../../../src/app/storage/drafts.ts';
import type { AlgobookDB } from '../../../src/app/storage/db.ts';
import { fillDisk, freshDB } from './helpers.ts';

/** A tab editing draft `d` of `db`, with its callbacks recorded. */
function tab(db: AlgobookDB, tabId: string, options: Partial<AutosaverOptions> = {}) {
  const events = { saved: vi.fn(), conflict: vi.fn(), error: vi.fn() };
  const saver = new Autosaver({
    id: 'd',
    tabId,
    store: draftStore(db),
    onSaved: events.saved,
    onConflict: events.conflict,
    onError: events.error,
    ...options,
  });
  return { saver, ...events };
}

/** Tab A creates draft `d`; tab B loads it at revision 1. */
async function twoTabs() {
  const db = await freshDB();
  const a = tab(db, 'A');
  a.saver.change('from A', 'Notebook');
  await a.saver.flush();
  const b = tab(db, 'B', { rev: 1 });
  return { db, a, b };
}

/** Tab A saves again, then tab B saves on top of revision 1: B is in conflict. */
async function conflicted() {
  const tabs = await twoTabs();
  tabs.a.saver.change('A again', 'Notebook');
  await tabs.a.saver.flush();
  tabs.b.saver.change('from B', 'Notebook');
  await tabs.b.saver.flush();
  return tabs;
}

describe('Autosaver timing', () => {
  afterEach(() => vi.useRealTimers());

  /** A store that records when each save happens. */
  function clockStore(): DraftStore & { times: number[] } {
    const times: number[] = [];
    return {
      times,
      get: async () => undefined,
      save: async (_draft, baseRev) => (times.push(Date.now()), { ok: true, rev: baseRev + 1 }),
    };
  }

  it('change(text, title) saves after debounceMs of quiet', async () => {
    vi.useFakeTimers({ now: 0 });
    const store = clockStore();
    const saver = new Autosaver({ id: 'd', tabId: 'A', store, debounceMs: 300 });
    saver.change('a', 'T');
    await vi.advanceTimersByTimeAsync(200);
    saver.change('ab', 'T');
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.times).toEqual([500]);
    expect(saver.dirty).toBe(false);
  });

  it('change(text, title) while typing on saves every change within one second', async () => {
    vi.useFakeTimers({ now: 0 });
    const store = clockStore();
    const saver = new Autosaver({ id: 'd', tabId: 'A', store, debounceMs: 300 });
    const changes: number[] = [];
    for (let t = 0; t < 3000; t += 100) {
      changes.push(Date.now());
      saver.change(`text ${t}`, 'T');
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(1000);
    // Never 300 ms of quiet: the max wait alone saves; the last change (at 2900) goes at 3000.
    expect(store.times).toEqual([1000, 2000, 3000]);
    expect(saver.dirty).toBe(false);
    // Each change is stored by the first save at or after it, at most a second later.
    for (const t of changes) {
      expect((store.times.find((s) => s >= t) ?? Infinity) - t).toBeLessThanOrEqual(1000);
    }
  });

  it('flush() saves at once and cancels the pending timer', async () => {
    vi.useFakeTimers({ now: 0 });
    const store = clockStore();
    const saver = new Autosaver({ id: 'd', tabId: 'A', store });
    saver.change('a', 'T');
    await saver.flush();
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.times).toEqual([0]);
  });
});

describe('Autosaver conflicts between tabs', () => {
  it('two tabs saving the same draft: the second is refused and told of the first', async () => {
    const { db, a, b } = await conflicted();
    expect(a.saved.mock.calls).toEqual([
      [1, 'd'],
      [2, 'd'],
    ]);
    expect(b.saved).not.toHaveBeenCalled();
    expect(b.conflict).toHaveBeenCalledWith(expect.objectContaining({ text: 'A again', rev: 2 }));
    expect(b.saver.conflict).toMatchObject({ writer: 'A', rev: 2 });
    expect(await getDraft(db, 'd')).toMatchObject({ text: 'A again', rev: 2, writer: 'A' });
  });

  it('while in conflict, change() and flush() write nothing', async () => {
    const { db, b } = await conflicted();
    b.saver.change('from B, more', 'Notebook');
    await b.saver.flush();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await getDraft(db, 'd')).toMatchObject({ text: 'A again', rev: 2 });
    expect(b.conflict).toHaveBeenCalledTimes(1);
    expect(b.saver.dirty).toBe(true);
  });

  it("resolve('keep-mine') writes this tab's latest text over theirs", async () => {
    const { db, a, b } = await conflicted();
    b.saver.change('from B, latest', 'Notebook');
    expect(await b.saver.resolve('keep-mine')).toEqual({ choice: 'keep-mine' });
    expect(await getDraft(db, 'd')).toMatchObject({ text: 'from B, latest', rev: 3, writer: 'B' });
    // And now A is the one behind: its next save is refused in turn, not applied.
    a.saver.change('A once more', 'Notebook');
    await a.saver.flush();
    expect(a.conflict).toHaveBeenCalledWith(expect.objectContaining({ text: 'from B, latest' }));
    expect(await getDraft(db, 'd')).toMatchObject({ text: 'from B, latest', rev: 3 });
  });

  it("resolve('keep-mine') is refused again if yet another save came in meanwhile", async () => {
    const { db, a, b } = await conflicted();
    a.saver.change('A third', 'Notebook');
    await a.saver.flush();
    await b.saver.resolve('keep-mine');
    expect(b.conflict).toHaveBeenLastCalledWith(expect.objectContaining({ text: 'A third' }));
    expect(await getDraft(db, 'd')).toMatchObject({ text: 'A third', rev: 3 });
  });

  it("resolve('take-theirs') returns the stored draft and saves on top of it", async () => {
    const { db, b } = await conflicted();
    const resolution = await b.saver.resolve('take-theirs');
    expect(resolution).toMatchObject({ choice: 'take-theirs', draft: { text: 'A again', rev: 2 } });
    expect(b.saver).toMatchObject({ rev: 2, dirty: false, conflict: undefined });
    b.saver.change('B on top of A', 'Notebook');
    await b.saver.flush();
    expect(await getDraft(db, 'd')).toMatchObject({ text: 'B on top of A', rev: 3 });
  });

  it("resolve('save-as-copy') stores this tab's text under a new id and keeps theirs", async () => {
    const { db, b } = await conflicted();
    const resolution = await b.saver.resolve('save-as-copy');
    if (resolution?.choice !== 'save-as-copy') throw new Error('expected a copy');
    expect(resolution.id).not.toBe('d');
    expect(b.saver.id).toBe(resolution.id);
    expect(await getDraft(db, resolution.id)).toMatchObject({
      text: 'from B',
      title: 'Notebook (copy)',
      rev: 1,
      writer: 'B',
    });
    expect(await getDraft(db, 'd')).toMatchObject({ text: 'A again', rev: 2 });
    b.saver.change('B continues', 'Notebook (copy)');
    await b.saver.flush();
    expect(await getDraft(db, resolution.id)).toMatchObject({ text: 'B continues', rev: 2 });
  });

  it('resolve() without a conflict is an error', async () => {
    const { b } = await twoTabs();
    await expect(b.saver.resolve('keep-mine')).rejects.toThrow(/no conflict/);
  });

  it('remoteSaved(rev) puts a tab in conflict before it types', async () => {
    const { a, b } = await twoTabs();
    a.saver.change('A again', 'Notebook');
    await a.saver.flush();
    await b.saver.remoteSaved(1); // an old notice: nothing new
    expect(b.conflict).not.toHaveBeenCalled();
    await b.saver.remoteSaved(2);
    expect(b.conflict).toHaveBeenCalledWith(expect.objectContaining({ text: 'A again' }));
    expect(b.saver.dirty).toBe(false);
  });

  it("resolve('keep-mine') after remoteSaved(rev) keeps the text the editor loaded", async () => {
    const { db, a } = await twoTabs();
    const b = tab(db, 'B', { rev: 1, loaded: { text: 'from A', title: 'Notebook' } });
    a.saver.change('A again', 'Notebook');
    await a.saver.flush();
    await b.saver.remoteSaved(2);
    await b.saver.resolve('keep-mine');
    expect(await getDraft(db, 'd')).toMatchObject({ text: 'from A', rev: 3, writer: 'B' });
  });
});

describe('Autosaver storage errors', () => {
  it('a full disk is reported in plain words and the stored version stays intact', async () => {
    const { db, b } = await twoTabs();
    const restore = fillDisk();
    try {
      b.saver.change('too much', 'Notebook');
      await b.saver.flush();
    } finally {
      restore();
    }
    expect(b.error).toHaveBeenCalledWith(
      "Your browser's storage is full: this change is not saved. Free space (e.g. delete old drafts) or export the notebook.",
      expect.objectContaining({ name: 'QuotaExceededError' }),
    );
    expect(await getDraft(db, 'd')).toMatchObject({ text: 'from A', rev: 1 });
    expect(b.saver.dirty).toBe(true);
    // Once there is room again, the next flush stores the change.
    await b.saver.flush();
    expect(await getDraft(db, 'd')).toMatchObject({ text: 'too much', rev: 2 });
  });

  it('an unknown failure is reported and the change kept for the next try', async () => {
    const store: DraftStore = {
      get: async () => undefined,
      save: async () => Promise.reject(new Error('disk on fire')),
    };
    const onError = vi.fn();
    const saver = new Autosaver({ id: 'd', tabId: 'A', store, onError });
    saver.change('x', 'T');
    await saver.flush();
    expect(onError.mock.calls[0][0]).toMatch(/could not save this change \(disk on fire\)/);
    expect(saver.dirty).toBe(true);
  });
});
