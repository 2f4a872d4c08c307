import { SvelteMap } from 'svelte/reactivity';
import type { Cell, CodeCell, Notebook } from '../../core/format/types.ts';
import { newCellId } from '../../core/format/index.ts';
import type { CellSource } from '../../core/runtime/notebook-runtime.ts';
import { EditHistory } from './edit-history.ts';

/**
 * How to go back (or forward again) over one cell operation. A cell taken out keeps its id, its
 * text and, for a code cell, the text the runner had, so putting it back runs it as before.
 */
export type CellStep =
  | { kind: 'remove'; id: string }
  | { kind: 'restore'; cell: Cell; index: number; committed?: string }
  | { kind: 'move'; id: string; to: number }
  | { kind: 'replace'; cell: Cell; index: number; committed?: string };

/**
 * The cells as edited, against what the runner last ran: an edit changes the notebook only; a
 * run commits a cell's text, and only committed text reaches the runner.
 */
export class CellEdits {
  /** The source of each code cell as the runner has it (what ran), by cell id; reactive, for "edited". */
  readonly #committed = new SvelteMap<string, string>();
  /** Deletes, moves, inserts and type changes, for undo and redo (text has the editor's own). */
  readonly #history = new EditHistory<CellStep>();

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
    const cell = emptyCell(kind);
    this.notebook().cells.splice(at, 0, cell);
    this.#history.record({ kind: 'remove', id: cell.id });
    this.changed();
    return cell.id;
  }

  /** Deletes the cell; true when the runner had it (it must be told). */
  delete(cellId: string): boolean {
    const removed = this.#remove(cellId);
    if (!removed) return false;
    this.#history.record(removed);
    this.changed();
    return removed.committed !== undefined;
  }

  move(cellId: string, delta: -1 | 1) {
    const from = this.notebook().cells.findIndex((c) => c.id === cellId);
    if (from < 0 || !this.#moveTo(cellId, from + delta)) return;
    this.#history.record({ kind: 'move', id: cellId, to: from });
    this.changed();
  }

  /**
   * Makes the cell a code or prose cell with the same text, under a new id (what ran under the
   * old one is gone); returns the new id, or `null` when there was nothing to change.
   */
  convert(cellId: string, kind: Cell['kind']): string | null {
    const index = this.notebook().cells.findIndex((c) => c.id === cellId);
    const old = this.notebook().cells[index];
    if (!old || old.kind === kind) return null;
    const cell = { ...emptyCell(kind), source: old.source };
    this.#history.record(this.#replace(index, cell));
    this.changed();
    return cell.id;
  }

  /** Undoes the last cell operation; returns the id of the cell it concerned, if any. */
  undo(): string | undefined {
    return this.#step(this.#history.undo((step) => this.#apply(step)));
  }

  /** Redoes the last cell operation undone; see `undo`. */
  redo(): string | undefined {
    return this.#step(this.#history.redo((step) => this.#apply(step)));
  }

  #step(step: CellStep | undefined): string | undefined {
    if (!step) return undefined;
    this.changed();
    return step.kind === 'remove' || step.kind === 'move' ? step.id : step.cell.id;
  }

  /** Performs a step; returns the step that takes it back. */
  #apply(step: CellStep): CellStep | null {
    switch (step.kind) {
      case 'remove':
        return this.#remove(step.id);
      case 'restore': {
        const cells = this.notebook().cells;
        cells.splice(Math.min(step.index, cells.length), 0, { ...step.cell });
        if (step.committed !== undefined) this.#committed.set(step.cell.id, step.committed);
        return { kind: 'remove', id: step.cell.id };
      }
      case 'move': {
        const from = this.notebook().cells.findIndex((c) => c.id === step.id);
        return from >= 0 && this.#moveTo(step.id, step.to)
          ? { kind: 'move', id: step.id, to: from }
          : null;
      }
      case 'replace': {
        if (!this.notebook().cells[step.index]) return null;
        const undone = this.#replace(step.index, { ...step.cell });
        if (step.committed !== undefined) this.#committed.set(step.cell.id, step.committed);
        return undone;
      }
      default:
        return assertNever(step);
    }
  }

  #remove(cellId: string): Extract<CellStep, { kind: 'restore' }> | null {
    const cells = this.notebook().cells;
    const index = cells.findIndex((c) => c.id === cellId);
    if (index < 0) return null;
    const [cell] = cells.splice(index, 1);
    const committed = this.#committed.get(cellId);
    this.#committed.delete(cellId);
    return { kind: 'restore', cell: { ...cell }, index, committed };
  }

  #replace(index: number, cell: Cell): Extract<CellStep, { kind: 'replace' }> {
    const [old] = this.notebook().cells.splice(index, 1, cell);
    const committed = this.#committed.get(old.id);
    this.#committed.delete(old.id);
    return { kind: 'replace', cell: { ...old }, index, committed };
  }

  #moveTo(cellId: string, to: number): boolean {
    const cells = this.notebook().cells;
    const from = cells.findIndex((c) => c.id === cellId);
    if (from < 0 || to < 0 || to >= cells.length || to === from) return false;
    const [cell] = cells.splice(from, 1);
    cells.splice(to, 0, cell);
    return true;
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

function emptyCell(kind: Cell['kind']): Cell {
  const id = newCellId();
  return kind === 'code' ? { kind, id, source: '', options: '' } : { kind, id, source: '' };
}

function assertNever(step: never): never {
  throw new Error(`Unknown cell step: ${JSON.stringify(step)}`);
}
