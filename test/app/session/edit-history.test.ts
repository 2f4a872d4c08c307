import { describe, expect, it } from 'vitest';
import { EditHistory } from '../../../src/app/session/edit-history.ts';

// Steps are numbers here; applying step n does it and gives its inverse, -n.
const applied: number[] = [];
const apply = (n: number) => {
  applied.push(n);
  return -n;
};

describe('EditHistory', () => {
  it('history.undo(apply) applies the last recorded step, and redo(apply) its inverse', () => {
    applied.length = 0;
    const history = new EditHistory<number>();
    expect(history.undo(apply)).toBeUndefined();
    history.record(1);
    history.record(2);
    expect(history.undo(apply)).toBe(2);
    expect(history.undo(apply)).toBe(1);
    expect(history.canUndo).toBe(false);
    expect(history.redo(apply)).toBe(-1);
    expect(history.redo(apply)).toBe(-2);
    expect(history.canRedo).toBe(false);
    expect(history.undo(apply)).toBe(2);
    expect(applied).toEqual([2, 1, -1, -2, 2]);
  });

  it('history.record(step) forgets what was undone, and keeps at most `limit` steps', () => {
    const history = new EditHistory<number>(2);
    history.record(1);
    history.undo(apply);
    history.record(2);
    expect(history.canRedo).toBe(false);
    history.record(3);
    history.record(4);
    expect(history.undo(apply)).toBe(4);
    expect(history.undo(apply)).toBe(3);
    expect(history.undo(apply)).toBeUndefined();
  });

  it('drops a step that could not be applied', () => {
    const history = new EditHistory<number>();
    history.record(1);
    expect(history.undo(() => null)).toBe(1);
    expect(history.canRedo).toBe(false);
  });
});
