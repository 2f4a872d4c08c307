import { describe, expect, it } from 'vitest';
import { applyEvents, markInterrupted } from '../../../src/app/session/run-states.ts';
import { IDLE } from '../../../src/app/session/cell-state.ts';
import type { DatasetEvent, RunnerEvent } from '../../../src/core/runtime/events.ts';

const parse: DatasetEvent = { kind: 'parse-start', dataset: 'd', sha256: 'a'.repeat(64), bytes: 1 };

describe('run states', () => {
  it('applyEvents(runs, events, onDataset) reduces cell events and hands dataset events over', () => {
    const datasets: DatasetEvent[] = [];
    const events: RunnerEvent[] = [{ kind: 'running', cellId: 'c', run: 1 }, parse];
    const runs = applyEvents({}, events, (e) => datasets.push(e), 100);
    expect(runs.c.status).toBe('running');
    expect(datasets).toEqual([parse]);
  });

  it('applyEvents(runs, events, onDataset) keeps the same object when no cell changed', () => {
    const runs = {};
    expect(applyEvents(runs, [parse], () => {})).toBe(runs);
  });

  it('markInterrupted(runs, cellIds) shows those cells stopped, and no others', () => {
    const runs = applyEvents({}, [{ kind: 'running', cellId: 'c', run: 1 }], () => {}, 5);
    const next = markInterrupted({ ...runs, other: IDLE }, ['c', 'new']);
    expect(next.c).toMatchObject({ status: 'interrupted', startedAt: undefined });
    expect(next.new).toEqual({ ...IDLE, status: 'interrupted', startedAt: undefined });
    expect(next.other).toBe(IDLE);
    expect(runs.c.status).toBe('running');
  });
});
