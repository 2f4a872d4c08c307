import { describe, expect, it } from 'vitest';
import { CellEdits } from '../../../src/app/session/cell-edits.svelte.ts';
import type { Notebook } from '../../../src/core/format/types.ts';

function setup() {
  const notebook: Notebook = {
    front: { algobook: 1, id: 'n', title: 'N' },
    cells: [
      { kind: 'markdown', id: 'p', source: 'Hello' },
      { kind: 'code', id: 'a', source: '1', options: '' },
      { kind: 'code', id: 'b', source: '2', options: '' },
    ],
  };
  let revision = 0;
  const edits = new CellEdits(
    () => notebook,
    () => revision++,
  );
  return { notebook, edits, revision: () => revision };
}

describe('CellEdits', () => {
  it('edits.runnable() gives only committed code cells, labelled by their place on the page', () => {
    const { edits } = setup();
    expect(edits.runnable()).toEqual([]);
    edits.commitAll();
    expect(edits.runnable()).toEqual([
      { id: 'a', label: '2', source: '1' },
      { id: 'b', label: '3', source: '2' },
    ]);
  });

  it('edits.edit(id, source) changes the notebook, not what runs, until commit(id)', () => {
    const { edits, revision } = setup();
    edits.commitAll();
    edits.edit('a', '10');
    expect(revision()).toBe(1);
    expect(edits.isEdited('a')).toBe(true);
    expect(edits.runnable()[0].source).toBe('1');
    expect(edits.commit('a')).toBe('changed');
    expect(edits.commit('a')).toBe('same');
    expect(edits.commit('nope')).toBe(false);
    expect(edits.runnable()[0].source).toBe('10');
    expect(edits.isEdited('a')).toBe(false);
  });

  it('edits.add, move and delete change the cells; delete says whether the runner had it', () => {
    const { notebook, edits, revision } = setup();
    edits.commit('a');
    const id = edits.add('code', 0);
    edits.move(id, 1);
    edits.move('b', 1);
    expect(notebook.cells.map((c) => c.id)).toEqual(['p', id, 'a', 'b']);
    expect(edits.delete(id)).toBe(false);
    expect(edits.delete('a')).toBe(true);
    expect(edits.delete('gone')).toBe(false);
    expect(revision()).toBe(4);
  });

  it('edits.undo() puts a deleted cell back with its id, text and place, committed as it ran', () => {
    const { notebook, edits } = setup();
    edits.commitAll();
    edits.edit('a', '10');
    edits.delete('a');
    expect(edits.runnable().map((c) => c.id)).toEqual(['b']);
    expect(edits.undo()).toBe('a');
    expect(notebook.cells[1]).toEqual({ kind: 'code', id: 'a', source: '10', options: '' });
    // What ran is what runs again; the edit is still an edit.
    expect(edits.runnable()).toEqual([
      { id: 'a', label: '2', source: '1' },
      { id: 'b', label: '3', source: '2' },
    ]);
    expect(edits.isEdited('a')).toBe(true);
    expect(edits.redo()).toBe('a');
    expect(notebook.cells.map((c) => c.id)).toEqual(['p', 'b']);
    expect(edits.undo()).toBe('a');
    expect(notebook.cells.map((c) => c.id)).toEqual(['p', 'a', 'b']);
  });

  it('edits.undo() and redo() take back and do again an insert, a move and a change of type', () => {
    const { notebook, edits } = setup();
    const ids = () => notebook.cells.map((c) => c.id);
    const added = edits.add('code', 1);
    edits.edit(added, 'x');
    edits.move('b', -1);
    const prose = edits.convert('a', 'markdown');
    expect(ids()).toEqual(['p', added, 'b', prose]);
    expect(notebook.cells[3]).toEqual({ kind: 'markdown', id: prose, source: '1' });

    expect(edits.undo()).toBe('a');
    expect(ids()).toEqual(['p', added, 'b', 'a']);
    expect(notebook.cells[3]).toEqual({ kind: 'code', id: 'a', source: '1', options: '' });
    expect(edits.undo()).toBe('b');
    expect(ids()).toEqual(['p', added, 'a', 'b']);
    expect(edits.undo()).toBe(added);
    expect(ids()).toEqual(['p', 'a', 'b']);
    expect(edits.undo()).toBeUndefined();

    expect(edits.redo()).toBe(added);
    expect(notebook.cells[1]).toEqual({ kind: 'code', id: added, source: 'x', options: '' });
    expect(edits.redo()).toBe('b');
    expect(edits.redo()).toBe(prose);
    expect(ids()).toEqual(['p', added, 'b', prose]);
    expect(edits.redo()).toBeUndefined();
  });

  it('edits.convert(id, kind) does nothing for a cell of that kind already', () => {
    const { edits } = setup();
    expect(edits.convert('a', 'code')).toBeNull();
    expect(edits.convert('gone', 'code')).toBeNull();
    expect(edits.undo()).toBeUndefined();
  });
});
