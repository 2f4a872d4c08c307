import { describe, expect, it } from 'vitest';
import { EventGate } from '../../src/runner/event-gate.ts';

const value = (v: unknown) => ({ kind: 'value' as const, value: v });

function gate() {
  const g = new EventGate();
  g.allow(['a', 'b'], ['d']);
  return g;
}

describe('EventGate.admit(event)', () => {
  it('admits a run of a known cell: running, outputs, done', () => {
    const g = gate();
    expect(g.admit({ kind: 'queued', cellId: 'a' })).toBe(true);
    expect(g.admit({ kind: 'running', cellId: 'a', run: 1 })).toBe(true);
    expect(g.running).toBe(1);
    expect(g.admit({ kind: 'output', cellId: 'a', run: 1, output: value(2) })).toBe(true);
    expect(g.admit({ kind: 'done', cellId: 'a', run: 1, ms: 1 })).toBe(true);
    expect(g.running).toBe(0);
  });

  it('refuses an output for a cell that is not running (a forged value under another cell)', () => {
    const g = gate();
    g.admit({ kind: 'running', cellId: 'a', run: 1 });
    g.admit({ kind: 'done', cellId: 'a', run: 1, ms: 1 });
    expect(g.admit({ kind: 'output', cellId: 'a', run: 1, output: value(3) })).toBe(false);
    expect(g.admit({ kind: 'output', cellId: 'b', run: 1, output: value(3) })).toBe(false);
  });

  it('refuses another run number, an old run, unknown cells and datasets', () => {
    const g = gate();
    g.admit({ kind: 'running', cellId: 'a', run: 2 });
    expect(g.admit({ kind: 'output', cellId: 'a', run: 1, output: value(3) })).toBe(false);
    expect(g.admit({ kind: 'running', cellId: 'a', run: 2 })).toBe(false);
    expect(g.admit({ kind: 'running', cellId: 'x', run: 1 })).toBe(false);
    expect(g.admit({ kind: 'done', cellId: 'b', run: 1, ms: 0 })).toBe(false);
    expect(
      g.admit({ kind: 'parse-start', dataset: 'other', sha256: 'a'.repeat(64), bytes: 1 }),
    ).toBe(false);
    expect(g.admit({ kind: 'parse-start', dataset: 'd', sha256: 'a'.repeat(64), bytes: 1 })).toBe(
      true,
    );
  });
});
