import { describe, expect, it } from 'vitest';
import { ChartRefusals } from '../../../src/app/session/chart-refusals.ts';
import { IDLE, type CellRunState } from '../../../src/app/session/cell-state.ts';

const state = (status: CellRunState['status'], run: number): CellRunState => ({
  ...IDLE,
  status,
  run,
});

describe('ChartRefusals', () => {
  it('settle(cellId, state) turns the done run that drew a refused chart into an error', () => {
    const refusals = new ChartRefusals();
    refusals.add('a', 2);
    expect(refusals.settle('a', state('done', 2)).status).toBe('error');
  });

  it('settle(cellId, state) keeps a refusal that came while the run was still running', () => {
    const refusals = new ChartRefusals();
    const running = state('running', 3);
    refusals.add('a', 3);
    expect(refusals.settle('a', running)).toBe(running);
    expect(refusals.settle('a', state('done', 3)).status).toBe('error');
  });

  it('settle(cellId, state) leaves other runs and other cells done', () => {
    const refusals = new ChartRefusals();
    refusals.add('a', 1);
    const other = state('done', 1);
    expect(refusals.settle('b', other)).toBe(other);
    const later = state('done', 2);
    expect(refusals.settle('a', later)).toBe(later);
  });

  it('started(cellId) forgets the refusal of the run before', () => {
    const refusals = new ChartRefusals();
    refusals.add('a', 1);
    refusals.started('a');
    expect(refusals.settle('a', state('done', 1)).status).toBe('done');
  });
});
