import { describe, expect, it } from 'vitest';
import { IDLE, reduceCell, type CellRunState } from '../../../src/core/session/cell-state.ts';
import type { CellEvent } from '../../../src/core/runtime/events.ts';
import type { Output } from '../../../src/core/runtime/outputs.ts';

const value = (v: unknown): Output => ({ kind: 'value', value: v });
const run = (events: CellEvent[], from: CellRunState = IDLE) =>
  events.reduce((state, event) => reduceCell(state, event, 100), from);

describe('reduceCell', () => {
  it('collects the outputs of a run and its duration', () => {
    const state = run([
      { kind: 'queued', cellId: 'a' },
      { kind: 'running', cellId: 'a', run: 1 },
      { kind: 'output', cellId: 'a', run: 1, output: value(1) },
      { kind: 'output', cellId: 'a', run: 1, output: value(2) },
      { kind: 'done', cellId: 'a', run: 1, ms: 5 },
    ]);
    expect(state).toMatchObject({ status: 'done', ms: 5, outputs: [value(1), value(2)] });
  });

  it('keeps the previous outputs on screen until the new run displays something', () => {
    const before = run([
      { kind: 'running', cellId: 'a', run: 1 },
      { kind: 'output', cellId: 'a', run: 1, output: value('old') },
      { kind: 'done', cellId: 'a', run: 1, ms: 1 },
    ]);
    const running = run([{ kind: 'running', cellId: 'a', run: 2 }], before);
    expect(running.outputs).toEqual([value('old')]);
    const replaced = run([{ kind: 'output', cellId: 'a', run: 2, output: value('new') }], running);
    expect(replaced.outputs).toEqual([value('new')]);
  });

  it('clears the outputs of a run that displays nothing', () => {
    const before = run([
      { kind: 'running', cellId: 'a', run: 1 },
      { kind: 'output', cellId: 'a', run: 1, output: value('old') },
      { kind: 'done', cellId: 'a', run: 1, ms: 1 },
    ]);
    const after = run(
      [
        { kind: 'running', cellId: 'a', run: 2 },
        { kind: 'done', cellId: 'a', run: 2, ms: 1 },
      ],
      before,
    );
    expect(after.outputs).toEqual([]);
  });

  it('ignores events of another run', () => {
    const state = run([
      { kind: 'running', cellId: 'a', run: 2 },
      { kind: 'output', cellId: 'a', run: 1, output: value('stale') },
      { kind: 'done', cellId: 'a', run: 1, ms: 1 },
    ]);
    expect(state).toMatchObject({ status: 'running', outputs: [] });
  });

  it('shows an error after the outputs of its run, and marks interruptions', () => {
    const error = { kind: 'error', name: 'Interrupted', message: 'stopped' } as const;
    const state = run([
      { kind: 'running', cellId: 'a', run: 1 },
      { kind: 'output', cellId: 'a', run: 1, output: value(1) },
      { kind: 'error', cellId: 'a', run: 1, ms: 3, error },
    ]);
    expect(state).toMatchObject({ status: 'interrupted', outputs: [value(1), error] });
  });
});
