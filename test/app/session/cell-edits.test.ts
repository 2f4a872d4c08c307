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
});
