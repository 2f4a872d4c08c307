/**
 * A cell's outputs as its view lists them, each with the key of its place: the published
 * snapshot's while they stand in for the live run, then the live run's. An input is keyed by its
 * id, so the control the snapshot painted is the control the live run then updates: the reader
 * who took it before the notebook had started keeps it in hand, focus and value (issue 15);
 * anything else is keyed by its position.
 */
import type { SnapshotOutput } from '../../core/publish/snapshot.ts';
import type { Output } from '../../core/runtime/outputs.ts';
import type { RowBlock } from '../outputs/row-block.ts';
import { snapshotTable } from '../snapshot/snapshot-table.ts';

export interface ShownOutput {
  key: string;
  output: Output;
  /** A snapshot table's first rows (it has no runner behind it). */
  rows?: RowBlock;
}

/**
 * Each output's entry, made once: the list is made again whenever the cell's run state changes
 * (its next run starts, it ends), and a new entry for the same output would count as a change
 * for everything that shows it (a chart drawn again, a notice it showed gone).
 */
const entries = new WeakMap<object, ShownOutput>();

function entry(source: object, key: string, make: () => Omit<ShownOutput, 'key'>): ShownOutput {
  const known = entries.get(source);
  if (known?.key === key) return known;
  const made = { key, ...make() };
  entries.set(source, made);
  return made;
}

/** The live run's outputs. */
export function liveOutputs(outputs: readonly Output[]): ShownOutput[] {
  return keyed(outputs).map(([key, output]) => entry(output, key, () => ({ output })));
}

/**
 * A published snapshot's outputs of the live cell `cellId`, its tables made ready for the table
 * view and its inputs named as the live run names them: the run that wrote the snapshot (the
 * command line's) numbered its cells its own way, and the k-th input of a cell is `<cellId>:<k>`
 * in any run (`core/runtime/outputs.ts`).
 */
export function snapshotOutputs(outputs: readonly SnapshotOutput[], cellId: string): ShownOutput[] {
  let inputs = 0;
  const ids = outputs.map((item) => (item.kind === 'input' ? `${cellId}:${inputs++}` : ''));
  const keys = keyed(
    outputs.map((item, i) => (item.kind === 'input' ? { ...item, id: ids[i] } : item)),
  );
  return keys.map(([key], i) => {
    const item = outputs[i];
    return entry(item, key, () => {
      if (item.kind === 'input') return { output: { ...item, id: ids[i] } };
      if (item.kind !== 'table') return { output: item };
      return snapshotTable(item);
    });
  });
}

/** Unique keys whatever the list holds: a repeated input id falls back to its position. */
function keyed<T extends Output | SnapshotOutput>(outputs: readonly T[]): [string, T][] {
  const used = new Set<string>();
  return outputs.map((item, i) => {
    let key = item.kind === 'input' ? `input:${item.id}` : String(i);
    if (used.has(key)) key = String(i);
    used.add(key);
    return [key, item];
  });
}
