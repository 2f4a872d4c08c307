import type { InputOutput, Output } from '../../core/runtime/outputs.ts';
import type { CellRunState } from '../session/cell-state.ts';

/** The inputs a cell shows, in the order of its `view()` calls. */
export function inputsOf(run: CellRunState | undefined): InputOutput[] {
  return (run?.outputs ?? []).filter((o): o is InputOutput => o.kind === 'input');
}

/** Whether a person moved an input away from the value the code gives it (the published one). */
export function isChanged(input: InputOutput): boolean {
  return !Object.is(input.value, input.input.value);
}

/** Every input of the notebook that a person changed. */
export function changedInputs(runs: Record<string, CellRunState>): InputOutput[] {
  return Object.values(runs).flatMap(inputsOf).filter(isChanged);
}

/** Puts every changed input back to its published value; the cells reading them re-run. */
export async function resetInputs(
  runs: Record<string, CellRunState>,
  setInput: (id: string, value: unknown) => Promise<void>,
): Promise<void> {
  await Promise.all(changedInputs(runs).map((input) => setInput(input.id, input.input.value)));
}

/** A value as a short text, for a parameter's published value. */
export function shortValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return JSON.stringify(value);
}

/** The outputs a reader compares: what a cell shows, without its inputs. */
export function resultOutputs(outputs: readonly Output[]): Output[] {
  return outputs.filter((o) => o.kind !== 'input');
}
