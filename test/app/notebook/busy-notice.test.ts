import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BusyNotice } from '../../../src/app/notebook/busy-notice.svelte.ts';
import { Clock } from '../../../src/app/notebook/clock.svelte.ts';

describe('BusyNotice', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('slider steps a few ms long never show Stop, and set no timer each', () => {
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    const intervals = vi.spyOn(globalThis, 'setInterval');
    const notice = new BusyNotice(new Clock(), 300);
    const seen: boolean[] = [];
    for (let step = 0; step < 100; step++) {
      notice.busy = true;
      vi.advanceTimersByTime(5);
      seen.push(notice.shown);
      notice.busy = false;
      vi.advanceTimersByTime(5);
      seen.push(notice.shown);
    }
    expect(seen.some(Boolean)).toBe(false);
    expect(timeouts).not.toHaveBeenCalled();
    expect(intervals).toHaveBeenCalledTimes(1);
  });

  it('a run that goes on shows it once past the delay, and hides it when it ends', () => {
    const notice = new BusyNotice(new Clock(), 300);
    notice.busy = true;
    vi.advanceTimersByTime(250);
    expect(notice.shown).toBe(false);
    vi.advanceTimersByTime(150);
    expect(notice.shown).toBe(true);
    notice.busy = false;
    expect(notice.shown).toBe(false);
  });
});
