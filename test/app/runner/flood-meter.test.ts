import { describe, expect, it } from 'vitest';
import { FloodMeter, sizeOf } from '../../../src/app/runner/flood-meter.ts';

const events = (n: number, text = 'x') => ({
  kind: 'events' as const,
  events: Array.from({ length: n }, () => ({
    kind: 'output' as const,
    cellId: 'a',
    run: 1,
    output: { kind: 'markdown' as const, markdown: text },
  })),
});

describe('FloodMeter', () => {
  it('admits a run up to its caps of events and bytes, then refuses', () => {
    const meter = new FloodMeter({ eventsPerRun: 10, bytesPerRun: 1e9 });
    expect(meter.admit(events(10), true)).toBe(true);
    expect(meter.admit(events(1), true)).toBe(false);
    meter.newRun();
    expect(meter.admit(events(5), true)).toBe(true);

    const bytes = new FloodMeter({ eventsPerRun: 1e9, bytesPerRun: 1000 });
    expect(bytes.admit(events(1, 'x'.repeat(100)), true)).toBe(true);
    expect(bytes.admit(events(1, 'x'.repeat(1000)), true)).toBe(false);
  });

  it('caps messages per second while no cell runs', () => {
    let now = 0;
    const meter = new FloodMeter({ messagesPerIdleSecond: 3 }, () => now);
    const pong = { kind: 'pong' as const, seq: 1 };
    expect([1, 2, 3].map(() => meter.admit(pong, false))).toEqual([true, true, true]);
    expect(meter.admit(pong, false)).toBe(false);
    now = 1000;
    expect(meter.admit(pong, false)).toBe(true);
  });

  it('sizeOf stops counting past its budget', () => {
    expect(sizeOf({ a: new Uint8Array(100) }, 1e6)).toBeGreaterThanOrEqual(100);
    const huge = Array.from({ length: 100_000 }, () => 'x'.repeat(100));
    expect(sizeOf(huge, 1000)).toBeLessThan(2000);
  });
});
