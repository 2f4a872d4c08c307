/**
 * The comparison of a settled live run with a published version: its digests checked as Verify
 * checks them (the page digests what it received, `checkDigests`, then the version's `results`),
 * and its outputs compared with the snapshot's, cell by cell.
 */
import type { CellResult, Notebook } from '../../core/format/types.ts';
import { compareResults } from '../../core/publish/results.ts';
import type { SnapshotOutput } from '../../core/publish/snapshot.ts';
import type { Output } from '../../core/runtime/outputs.ts';
import { checkDigests, type FetchRows } from '../session/page-digests.ts';
import type { CellRunState } from '../session/cell-state.ts';
import { compareOutputs, type OutputDifference } from './compare-outputs.ts';
import { liveSnapshot } from './live-snapshot.ts';

/** What the comparison needs of the session (the reader's `NotebookSession`). */
export interface LiveRun {
  readonly notebook: Notebook;
  readonly runs: Readonly<Record<string, CellRunState>>;
  /** Inputs the reader changed so far. */
  readonly inputsSet: number;
  digests(): Promise<CellResult[]>;
  getRows: FetchRows;
}

export interface RunComparison {
  /** Per cell id whose live outputs differ from the published ones (or from its digest): how. */
  differences: Record<string, OutputDifference>;
  /** Cells (page numbers, prose counted) that differ. */
  differing: number[];
  /** Cells (page numbers) whose tables the page cannot digest as the runtime does. */
  unchecked: number[];
}

/** The ids of the notebook's code cells, in page order (code cell `n` is at `n - 1`). */
export function codeIds(notebook: Notebook): string[] {
  return notebook.cells.filter((cell) => cell.kind === 'code').map((cell) => cell.id);
}

/**
 * Compares the settled run `live` with the version `notebook` (text hashing to `sha256`) and
 * its published outputs (`published`, by cell id). Rejects when the runner cannot say its
 * digests.
 */
export async function compareRun(
  live: LiveRun,
  notebook: Notebook,
  sha256: string,
  published: (id: string) => readonly SnapshotOutput[] | undefined,
): Promise<RunComparison> {
  const ids = codeIds(notebook);
  const outputs = (id: string): readonly Output[] => live.runs[id]?.outputs ?? [];
  const check = await checkDigests(
    ids.map((id) => ({ outputs: outputs(id) })),
    await live.digests(),
    (table, offset, limit) => live.getRows(table, offset, limit),
  );
  const wrong = new Set([
    ...compareResults(notebook.front.results ?? [], check.results).map((d) => d.cell),
    ...check.mismatched,
  ]);
  const now = new Map(
    liveSnapshot(notebook, live.runs, sha256).cells.map((c) => [c.cell, c.outputs]),
  );
  const differences: Record<string, OutputDifference> = {};
  ids.forEach((id, i) => {
    const before = published(id);
    const difference = before ? compareOutputs(before, now.get(i + 1) ?? []) : null;
    if (difference) differences[id] = difference;
    else if (wrong.has(i + 1)) differences[id] = { kind: 'other' };
  });
  const page = (id: string) => notebook.cells.findIndex((cell) => cell.id === id) + 1;
  return {
    differences,
    differing: Object.keys(differences)
      .map(page)
      .sort((a, b) => a - b),
    unchecked: check.unchecked.map((n) => page(ids[n - 1])),
  };
}
