import { describe, expect, it } from 'vitest';
import { EventBatches } from '../../../src/app/session/event-batches.ts';
import { applyEvents, type RunStates } from '../../../src/app/session/run-states.ts';
import type { RunnerEvent } from '../../../src/core/runtime/events.ts';

const value = (v: unknown) => ({ kind: 'value' as const, value: v });

/** Slider step `n` as the runner sends it: a batch at each `running`, then the rest. */
function step(n: number): RunnerEvent[][] {
  const run = n + 1;
  return [
    [
      { kind: 'queued', cellId: 'slider' },
      { kind: 'queued', cellId: 'result' },
      { kind: 'running', cellId: 'slider', run },
    ],
    [
      { kind: 'output', cellId: 'slider', run, output: value(20 + n) },
      { kind: 'done', cellId: 'slider', run, ms: 0 },
      { kind: 'running', cellId: 'result', run },
    ],
    [
      { kind: 'output', cellId: 'result', run, output: value(`RESULT-${(20 + n) * 3}`) },
      { kind: 'done', cellId: 'result', run, ms: 0 },
    ],
  ];
}

/** A queue of scheduled callbacks the test runs; each can be cancelled. */
function queue() {
  const tasks: (() => void)[] = [];
  const schedule = (task: () => void) => {
    tasks.push(task);
    return () => {
      const i = tasks.indexOf(task);
      if (i >= 0) tasks.splice(i, 1);
    };
  };
  return { tasks, schedule, run: () => tasks.shift()?.() };
}

/** Batches over run states, with tasks and frames the test runs; counts the page's updates. */
function batches() {
  let runs: RunStates = {};
  const updates: RunStates[] = [];
  const tasks = queue();
  const frames = queue();
  const b = new EventBatches(
    (events) => {
      runs = applyEvents(runs, events, () => {}, 0);
      updates.push(runs);
    },
    tasks.schedule,
    frames.schedule,
  );
  return { b, updates, tasks, frames, runs: () => runs };
}

describe('EventBatches', () => {
  it('a slider step is one update of the page, not three, and ends the same', () => {
    const { b, updates, tasks, frames, runs } = batches();
    for (const batch of step(1)) b.push(batch);
    tasks.run();
    expect(updates).toHaveLength(1);
    expect(tasks.tasks).toHaveLength(0);
    expect(frames.tasks).toHaveLength(0);
    expect(runs()).toEqual(applyEvents({}, step(1).flat(), () => {}, 0));
  });

  it('ten steps that waited behind the keys are one update, in order', () => {
    const { b, updates, tasks, runs } = batches();
    const all = Array.from({ length: 10 }, (_, n) => step(n)).flat();
    for (const batch of all) b.push(batch);
    tasks.run();
    expect(updates).toHaveLength(1);
    expect(runs()).toEqual(applyEvents({}, all.flat(), () => {}, 0));
    expect(runs().result.outputs).toEqual([value('RESULT-87')]);
  });

  it('a cell that starts and runs on is shown running at the next frame', () => {
    const { b, updates, tasks, frames, runs } = batches();
    b.push(step(1)[0]);
    expect(tasks.tasks).toHaveLength(0);
    frames.run();
    expect(updates).toHaveLength(1);
    expect(runs().slider.status).toBe('running');
    expect(runs().result.status).toBe('queued');
  });

  it('applies at once where nothing can be scheduled', () => {
    const applied: RunnerEvent[][] = [];
    const b = new EventBatches(
      (events) => applied.push(events),
      () => null,
      () => null,
    );
    b.push(step(1)[0]);
    expect(applied).toEqual([step(1)[0]]);
  });

  it('flush() applies what is held before the page changes states itself (a stop)', () => {
    const { b, updates, tasks, frames, runs } = batches();
    b.push(step(1)[0]);
    b.push(step(1)[1]);
    b.flush();
    expect(updates).toHaveLength(1);
    expect(tasks.tasks).toHaveLength(0);
    expect(frames.tasks).toHaveLength(0);
    expect(runs().result.status).toBe('running');
  });
});
