import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  announceSaved,
  isTabMessage,
  newTabId,
  watchDraft,
} from '../../../src/app/storage/tabs.ts';

// Each test talks on its own channel, so a late message from one cannot reach another.
let channel = '';
beforeEach(() => void (channel = `algobook-test-${newTabId()}`));
// Open channels would keep the test process alive.
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

function watch(id: string, tabId: string) {
  const handlers = { onRemoteSave: vi.fn(), onOtherTabOpen: vi.fn(), onOtherTabClose: vi.fn() };
  const stop = watchDraft(id, tabId, handlers, channel);
  stops.push(stop);
  return { ...handlers, stop };
}

/** Lets messages already posted arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('tabs', () => {
  it('newTabId() differs every time', () => {
    expect(newTabId()).not.toBe(newTabId());
  });

  it('watchDraft(id, tabId, handlers): two tabs on one draft learn of each other', async () => {
    const a = watch('d', 'A');
    const b = watch('d', 'B');
    await vi.waitFor(() => expect(a.onOtherTabOpen).toHaveBeenCalledWith('B')); // B's open
    await vi.waitFor(() => expect(b.onOtherTabOpen).toHaveBeenCalledWith('A')); // A's here
    b.stop();
    await vi.waitFor(() => expect(a.onOtherTabClose).toHaveBeenCalledWith('B'));
  });

  it('announceSaved(id, rev, writer) tells the other tabs with the draft open, not others', async () => {
    const a = watch('d', 'A');
    const b = watch('d', 'B');
    const elsewhere = watch('other', 'C');
    announceSaved('d', 3, 'A', channel);
    await vi.waitFor(() => expect(b.onRemoteSave).toHaveBeenCalledWith(3, 'A'));
    await settle();
    expect(a.onRemoteSave).not.toHaveBeenCalled();
    expect(elsewhere.onRemoteSave).not.toHaveBeenCalled();
    expect(elsewhere.onOtherTabOpen).not.toHaveBeenCalled();
  });

  it('watchDraft ignores messages that are not tab messages', async () => {
    const a = watch('d', 'A');
    const poster = new BroadcastChannel(channel);
    poster.postMessage({ type: 'saved', id: 'd', writer: 'B' }); // no rev
    poster.postMessage('hello');
    poster.close();
    await settle();
    expect(a.onRemoteSave).not.toHaveBeenCalled();
  });

  it('isTabMessage(data) accepts the four kinds and nothing else', () => {
    expect(isTabMessage({ type: 'saved', id: 'd', rev: 1, writer: 'A' })).toBe(true);
    for (const type of ['open', 'here', 'closed']) {
      expect(isTabMessage({ type, id: 'd', writer: 'A' })).toBe(true);
    }
    expect(isTabMessage({ type: 'saved', id: 'd', rev: '1', writer: 'A' })).toBe(false);
    expect(isTabMessage({ type: 'gone', id: 'd', writer: 'A' })).toBe(false);
    expect(isTabMessage({ type: 'open', id: 1, writer: 'A' })).toBe(false);
    expect(isTabMessage(null)).toBe(false);
  });
});
