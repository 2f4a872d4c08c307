/**
 * Undo and redo of cell operations, as two stacks of steps. A step says how to go back (the
 * inverse of what was done); applying it gives the step that goes forward again, which moves to
 * the other stack. The history knows nothing of cells: `CellEdits` applies the steps.
 */
export class EditHistory<Step> {
  readonly #undo: Step[] = [];
  readonly #redo: Step[] = [];

  /** At most `limit` steps are kept; the oldest go first. */
  constructor(private readonly limit = 100) {}

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /** Records a new operation by its inverse; what was undone can no longer be redone. */
  record(inverse: Step): void {
    this.#undo.push(inverse);
    if (this.#undo.length > this.limit) this.#undo.shift();
    this.#redo.length = 0;
  }

  /**
   * Undoes the last operation: `apply` performs the step and returns its inverse (or `null`
   * when it could not, and the step is dropped). Returns the step applied, if any.
   */
  undo(apply: (step: Step) => Step | null): Step | undefined {
    return move(this.#undo, this.#redo, apply);
  }

  /** Redoes the last operation undone; see `undo`. */
  redo(apply: (step: Step) => Step | null): Step | undefined {
    return move(this.#redo, this.#undo, apply);
  }
}

function move<Step>(from: Step[], to: Step[], apply: (step: Step) => Step | null) {
  const step = from.pop();
  if (step === undefined) return undefined;
  const inverse = apply(step);
  if (inverse !== null) to.push(inverse);
  return step;
}
