import { SvelteMap } from 'svelte/reactivity';
import type { Cell, CodeCell, Notebook } from '../../core/format/types.ts';
import { newCellId } from '../../core/format/index.ts';
import type { CellSource } from '../../core/runtime/notebook-runtime.ts';

/**
 * The cells as edited, against what the runner last ran: an edit changes the notebook only; a
 * run commits a cell's text, and only committed text reaches the runner.
 */
export class CellEdits {
  /** The source of each code cell as the runner has it (what ran), by cell id; reactive, for "edited". */
  readonly #committed = new SvelteMap<string, string>();

  constructor(
    private readonly notebook: () => Notebook,
    /** Told after every change of the notebook's cells (the session's revision). */
    private readonly changed: () => void,
  ) {}

  get codeCells(): CodeCell[] {
    return this.notebook().cells.filter((c): c is CodeCell => c.kind === 'code');
  }

  /** Commits every code cell as now written ("Run all"). */
  commitAll() {
    for (const cell of this.codeCells) this.#committed.set(cell.id, cell.source);
  }

  /**
   * Commits one cell as now written: `false` when it is unknown, `'same'` when its text already
   * ran (it runs again as is), `'changed'` when the runner needs the new text.
   */
  commit(cellId: string): false | 'same' | 'changed' {
    const cell = this.codeCells.find((c) => c.id === cellId);
    if (!cell) return false;
    if (this.#committed.get(cellId) === cell.source) return 'same';
    this.#committed.set(cellId, cell.source);
    return 'changed';
  }

  /** True when the cell's text differs from what last ran. */
  isEdited(cellId: string): boolean {
    const cell = this.codeCells.find((c) => c.id === cellId);
    return !!cell && this.#committed.has(cellId) && this.#committed.get(cellId) !== cell.source;
  }

  edit(cellId: string, source: string) {
    const cell = this.notebook().cells.find((c) => c.id === cellId);
    if (!cell || cell.source === source) return;
    cell.source = source;
    this.changed();
  }

  add(kind: Cell['kind'], at: number): string {
    const id = newCellId();
    const cell: Cell =
      kind === 'code' ? { kind, id, source: '', options: '' } : { kind, id, source: '' };
    this.notebook().cells.splice(at, 0, cell);
    this.changed();
    return id;
  }

  /** Deletes the cell; true when the runner had it (it must be told). */
  delete(cellId: string): boolean {
    const cells = this.notebook().cells;
    const index = cells.findIndex((c) => c.id === cellId);
    if (index < 0) return false;
    cells.splice(index, 1);
    this.changed();
    return this.#committed.delete(cellId);
  }

  move(cellId: string, delta: -1 | 1) {
    const cells = this.notebook().cells;
    const from = cells.findIndex((c) => c.id === cellId);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= cells.length) return;
    const [cell] = cells.splice(from, 1);
    cells.splice(to, 0, cell);
    this.changed();
  }

  /** The committed code cells, in page order, as the runner gets them. */
  runnable(): CellSource[] {
    // Labels are the numbers the page shows cells under, so messages name cells as people see them.
    return this.notebook()
      .cells.map((c, index) => ({ cell: c, label: String(index + 1) }))
      .filter(({ cell }) => cell.kind === 'code' && this.#committed.has(cell.id))
      .map(({ cell, label }) => ({
        id: cell.id,
        label,
        source: this.#committed.get(cell.id) ?? '',
      }));
  }
}
