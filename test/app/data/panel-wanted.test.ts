import { describe, expect, it } from 'vitest';
import { dataPanelWanted } from '../../../src/app/data/panel-wanted.ts';
import { IDLE, type CellRunState } from '../../../src/core/session/cell-state.ts';

const state = (status: CellRunState['status']): CellRunState => ({ ...IDLE, status });

describe('dataPanelWanted(hasDatasets, cellIds, runs)', () => {
  it('is true at once for a notebook with datasets', () => {
    expect(dataPanelWanted(true, ['a', 'b'], {})).toBe(true);
  });

  it('waits, without datasets, while a cell of the first run has not started', () => {
    expect(dataPanelWanted(false, ['a', 'b'], {})).toBe(false);
    expect(dataPanelWanted(false, ['a', 'b'], { a: state('done'), b: state('queued') })).toBe(
      false,
    );
    expect(dataPanelWanted(false, ['a', 'b'], { a: state('done') })).toBe(false);
  });

  it('is true once every cell has started, one that never ends included', () => {
    expect(dataPanelWanted(false, ['a', 'b'], { a: state('done'), b: state('running') })).toBe(
      true,
    );
    expect(dataPanelWanted(false, ['a', 'b'], { a: state('error'), b: state('done') })).toBe(true);
    expect(dataPanelWanted(false, [], {})).toBe(true);
  });
});
