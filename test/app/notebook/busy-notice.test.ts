import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BusyNotice } from '../../../src/app/notebook/busy-notice.ts';

describe('BusyNotice', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a run shorter than the delay never shows Stop (slider steps, one after the other)', () => {
    const changes: boolean[] = [];
    const notice = new BusyNotice((shown) => changes.push(shown), 300);
    for (let step = 0; step < 10; step++) {
      notice.busy = true;
      vi.advanceTimersByTime(5);
      notice.busy = false;
      vi.advanceTimersByTime(5);
    }
    vi.advanceTimersByTime(1000);
    expect(changes).toEqual([]);
  });

  it('a run that goes on shows it after the delay, and hides it when it ends', () => {
    const changes: boolean[] = [];
    const notice = new BusyNotice((shown) => changes.push(shown), 300);
    notice.busy = true;
    vi.advanceTimersByTime(299);
    expect(changes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(changes).toEqual([true]);
    notice.busy = true;
    notice.busy = false;
    expect(changes).toEqual([true, false]);
  });
});
