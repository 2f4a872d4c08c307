import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Clock } from '../../../src/app/notebook/clock.svelte.ts';

describe('Clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('slider steps in a row (two cells each, a few ms apart) start one timer in all', () => {
    const timers = vi.spyOn(globalThis, 'setInterval');
    const clock = new Clock();
    for (let step = 0; step < 10; step++) {
      for (let cell = 0; cell < 2; cell++) {
        const release = clock.use();
        vi.advanceTimersByTime(2);
        release();
      }
    }
    expect(timers).toHaveBeenCalledTimes(1);
  });

  it('ticks while a cell runs, and stops a second after the last one ended', () => {
    const timers = vi.spyOn(globalThis, 'setInterval');
    const clock = new Clock();
    const release = clock.use();
    const start = clock.now;
    vi.advanceTimersByTime(250);
    expect(clock.now).toBeGreaterThan(start);
    release();
    const ended = clock.now;
    vi.advanceTimersByTime(2000);
    expect(clock.now).toBe(ended);
    expect(vi.getTimerCount()).toBe(0);
    clock.use();
    expect(timers).toHaveBeenCalledTimes(2);
  });
});
