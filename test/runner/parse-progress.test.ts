import { describe, expect, it } from 'vitest';
import { parseRunnerMessage } from '../../src/runner/protocol.ts';
import { EventGate } from '../../src/runner/event-gate.ts';

const SHA = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);
const start = { kind: 'parse-start' as const, dataset: 'd', sha256: SHA, bytes: 1000 };
const progress = (done: number, fields: Partial<typeof start> = {}) => ({
  kind: 'parse-progress' as const,
  dataset: 'd',
  sha256: SHA,
  bytes: 1000,
  done,
  ...fields,
});
const end = { kind: 'parse-end' as const, dataset: 'd', sha256: SHA, bytes: 1000, rows: 1, ms: 1 };
const events = (...list: unknown[]) => ({ kind: 'events', events: list });

function gate() {
  const g = new EventGate();
  g.allow([], ['d']);
  return g;
}

describe('parseRunnerMessage(parse-progress)', () => {
  it('accepts bytes done as a whole number no larger than the bytes', () => {
    for (const done of [0, 1, 999, 1000])
      expect(parseRunnerMessage(events(progress(done)))).toEqual(events(progress(done)));
  });

  it('refuses more bytes done than there are, fractions, negatives, NaN, Infinity, text', () => {
    for (const done of [1001, 1.5, -1, NaN, Infinity, '10', null, 2 ** 60])
      expect(parseRunnerMessage(events(progress(done as number)))).toBeNull();
    expect(parseRunnerMessage(events({ ...progress(1), extra: 1 }))).toBeNull();
    expect(parseRunnerMessage(events({ ...progress(1), bytes: 1.5 }))).toBeNull();
  });
});

describe('EventGate.admit(parse-progress)', () => {
  it('admits the progress of a parse going on, each a larger hundredth of its bytes', () => {
    const g = gate();
    expect(g.admit(start)).toBe(true);
    expect(g.admit(progress(10))).toBe(true);
    expect(g.admit(progress(500))).toBe(true);
    expect(g.admit(progress(1000))).toBe(true);
    expect(g.admit(end)).toBe(true);
  });

  it('refuses a progress of no parse, after its end, or of an unknown dataset', () => {
    const g = gate();
    expect(g.admit(progress(10))).toBe(false);
    g.admit(start);
    g.admit(end);
    expect(g.admit(progress(20))).toBe(false);
    g.admit(start);
    expect(g.admit(progress(20, { dataset: 'other' }))).toBe(false);
  });

  it('refuses a progress of other bytes than the parse going on', () => {
    const g = gate();
    g.admit(start);
    expect(g.admit(progress(10, { sha256: OTHER }))).toBe(false);
    expect(g.admit(progress(10, { bytes: 2000 }))).toBe(false);
    expect(g.admit(progress(1001, { bytes: 1000 }))).toBe(false);
  });

  it('refuses a flood: a progress that does not reach a new hundredth of the bytes', () => {
    const g = gate();
    g.admit(start);
    // 5 bytes of 1000 is step 0, which parse-start already said.
    expect(g.admit(progress(5))).toBe(false);
    expect(g.admit(progress(10))).toBe(true);
    expect(g.admit(progress(10))).toBe(false);
    expect(g.admit(progress(19))).toBe(false);
    expect(g.admit(progress(5))).toBe(false);
    // However a runner counts, one parse admits at most a hundred progress events.
    let admitted = 0;
    for (let done = 0; done <= 1000; done++) if (g.admit(progress(done))) admitted++;
    expect(admitted).toBe(99);
  });
});
