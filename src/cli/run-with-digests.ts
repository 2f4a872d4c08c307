import type { CellResult } from '../core/format/types.ts';
import { pathText } from '../core/imports/scope.ts';
import type { ImportEntry } from '../core/imports/types.ts';
import { sha256Bytes } from '../core/publish/index.ts';
import type { ExportOutput, OutputsByCell } from '../core/publish/index.ts';
import { codeCellLines } from './cell-lines.ts';
import { resolveSourceImports } from './import-loader.ts';
import { scopedDatasetLoader } from './scoped-datasets.ts';
import type { NotebookSource } from './notebook-source.ts';
import type { CellReport } from './run-notebook.ts';
import { runSandboxed } from './sandboxed-run.ts';

/** What became of a pinned dataset during a run. */
export interface DatasetCheck {
  /** Its name; an imported notebook's dataset after that import's path (`pm › stations`). */
  name: string;
  /** The pinned sha256. */
  expected: string;
  /** The sha256 of the bytes read, when they could be read. */
  actual?: string;
  /** Why they could not be read. */
  error?: string;
}

export interface DigestRun {
  cells: CellReport[];
  results: CellResult[];
  datasets: DatasetCheck[];
}

/**
 * Runs a notebook as `algobook run` does (inputs at their defaults), and also returns each code
 * cell's output digest (`NotebookRuntime.digests`) and, for each dataset a cell read, the hash of
 * the bytes that came (datasets are relative to the file's folder, or to its URL; an imported
 * notebook's to its own). The notebooks it imports are resolved first, unless `imports` gives
 * them already resolved.
 */
export async function runWithDigests(
  source: NotebookSource,
  imports?: Record<string, ImportEntry>,
): Promise<DigestRun> {
  const resolved = imports ?? (await resolveSourceImports(source));
  const checks = new Map<string, DatasetCheck>();
  const load = scopedDatasetLoader(source, resolved);
  const { cells, results } = await runSandboxed(source.notebook, {
    lines: codeCellLines(source.text),
    imports: resolved,
    loadDataset: async (name, spec, scope = []) => {
      const shown = scope.length ? `${pathText(scope)} › ${name}` : name;
      try {
        const bytes = await load(name, spec, scope);
        checks.set(shown, { name: shown, expected: spec.sha256, actual: sha256Bytes(bytes) });
        return bytes;
      } catch (error) {
        checks.set(shown, {
          name: shown,
          expected: spec.sha256,
          error: error instanceof Error ? error.message : String(error),
        });
        throw error;
      }
    },
  });
  return { cells, results, datasets: [...checks.values()] };
}

/** The run's outputs as the exports take them, by cell id. */
export function exportOutputs(source: NotebookSource, cells: readonly CellReport[]): OutputsByCell {
  const outputs = new Map<string, ExportOutput[]>();
  for (const report of cells) {
    if (report.kind !== 'code') continue;
    const cell = source.notebook.cells[report.index];
    outputs.set(cell.id, report.outputs as ExportOutput[]);
  }
  return outputs;
}
