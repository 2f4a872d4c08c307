import { describe, expect, it } from 'vitest';
import { EventBatches } from '../../../src/app/session/event-batches.ts';
import { applyEvents, type RunStates } from '../../../src/app/session/run-states.ts';
import type { RunnerEvent } from '../../../src/core/runtime/events.ts';

const value = (v: unknown) => ({ kind: 'value' as const, value: v });

/** A slider step as the runner sends it: a batch at each `running`, then the rest. */
const STEP: RunnerEvent[][] = [
  [
    { kind: 'queued', cellId: 'slider' },
    { kind: 'queued', cellId: 'result' },
    { kind: 'running', cellId: 'slider', run: 2 },
  ],
  [
    { kind: 'output', cellId: 'slider', run: 2, output: value(21) },
    { kind: 'done', cellId: 'slider', run: 2, ms: 0 },
    { kind: 'running', cellId: 'result', run: 2 },
  ],
  [
    { kind: 'output', cellId: 'result', run: 2, output: value('RESULT-63') },
    { kind: 'done', cellId: 'result', run: 2, ms: 0 },
  ],
];

/** Batches over run states, with frames the test draws; counts the states the page renders. */
function batches() {
  let runs: RunStates = {};
  const states: RunStates[] = [];
  const frames: (() => void)[] = [];
  const b = new EventBatches(
    (events) => {
      runs = applyEvents(runs, events, () => {}, 0);
      states.push(runs);
    },
    (task) => {
      frames.push(task);
      return () => frames.splice(frames.indexOf(task), 1);
    },
  );
  return { b, states, frames, runs: () => runs };
}

describe('EventBatches', () => {
  it('a slider step changes the run states twice, not three times, and ends the same', () => {
    const { b, states, frames, runs } = batches();
    for (const batch of STEP) b.push(batch);
    expect(states).toHaveLength(2);
    expect(frames).toHaveLength(0);
    const all = applyEvents({}, STEP.flat(), () => {}, 0);
    expect(runs()).toEqual(all);
  });

  it('a cell that starts and runs on is shown running at the next frame', () => {
    const { b, states, frames, runs } = batches();
    b.push(STEP[0]);
    expect(states).toHaveLength(0);
    frames.shift()?.();
    expect(states).toHaveLength(1);
    expect(runs().slider.status).toBe('running');
    expect(runs().result.status).toBe('queued');
  });

  it('applies at once where no frame comes (a hidden page, the command line)', () => {
    const applied: RunnerEvent[][] = [];
    const b = new EventBatches(
      (events) => applied.push(events),
      () => null,
    );
    b.push(STEP[0]);
    expect(applied).toEqual([STEP[0]]);
  });

  it('flush() applies what is held before the page changes states itself (a stop)', () => {
    const { b, states, frames, runs } = batches();
    b.push(STEP[0]);
    b.flush();
    expect(states).toHaveLength(1);
    expect(frames).toHaveLength(0);
    expect(runs().slider.status).toBe('running');
  });
});
