/**
 * A published version's snapshot on the reader's page (issue 15): its outputs, painted in their
 * cells until the live run's replace them, and the mark that says where they stand. Once the
 * live run has settled it is compared with the version (`compare-run.ts`): all the same, the
 * mark says "reproduced just now"; otherwise it names the cells that differ, and each shows both.
 */
import type { Notebook } from '../../core/format/types.ts';
import type {
  SnapshotOutput,
  SnapshotProblem,
  SnapshotReading,
} from '../../core/publish/snapshot.ts';
import type { CellRunState } from '../session/cell-state.ts';
import type { OutputDifference } from './compare-outputs.ts';
import { compareRun, type LiveRun, type RunComparison } from './compare-run.ts';
import { SnapshotCells } from './snapshot-cells.ts';

/**
 * `published`: the snapshot is shown, the notebook runs; `reproduced`: the live run gave the
 * published results; `differs`: it did not (`differing`); `unchecked`: some cells could not be
 * checked; `ignored`: the snapshot was not used (`problem`); `left`: the reader changed an
 * input before the run settled, so there is nothing to compare.
 */
export type MarkState = 'published' | 'reproduced' | 'differs' | 'unchecked' | 'ignored' | 'left';

export class PublishedOutputs {
  state: MarkState = $state('published');
  problem: SnapshotProblem | null = $state(null);
  /** Cells (page numbers, prose counted) whose live outputs differ from the published ones. */
  differing: number[] = $state.raw([]);
  /** Cells (page numbers) that could not be checked. */
  unchecked: number[] = $state.raw([]);
  /** Per differing cell id: how. */
  differences: Record<string, OutputDifference> = $state.raw({});

  private readonly cells: SnapshotCells;
  private compared = false;

  constructor(
    reading: SnapshotReading,
    private readonly notebook: Notebook,
    /** The sha256 of the version's text. */
    private readonly sha256: string,
  ) {
    this.cells = new SnapshotCells(reading.ok ? reading.snapshot : null, notebook);
    if (!reading.ok) {
      this.state = 'ignored';
      this.problem = reading.problem;
    }
  }

  /** The published outputs of cell `id`, if the snapshot has them. */
  outputs(id: string): SnapshotOutput[] | undefined {
    return this.cells.outputs(id);
  }

  /** Whether cell `id` shows its published outputs: the live run has shown nothing of it yet. */
  shows(id: string, run: CellRunState | undefined): boolean {
    return this.cells.shows(id, run);
  }

  /** Whether every code cell of `live` has settled (done, failed or stopped). */
  static settled(live: LiveRun): boolean {
    return SnapshotCells.settled(live.notebook, live.runs);
  }

  /** Once the live run has settled: compares it with the version's results and the snapshot. */
  async compare(live: LiveRun): Promise<void> {
    if (this.compared || this.state === 'ignored') return;
    this.compared = true;
    let comparison: RunComparison;
    try {
      comparison = await compareRun(live, this.notebook, this.sha256, (id) => this.outputs(id));
    } catch {
      // The runner could not give its digests (it crashed, was stopped): nothing is vouched for.
      this.state = 'unchecked';
      return;
    }
    // The reader moved an input: the outputs are theirs, not the published run's.
    if (live.inputsSet > 0) {
      this.state = 'left';
      return;
    }
    this.differences = comparison.differences;
    this.differing = comparison.differing;
    this.unchecked = comparison.unchecked;
    this.state = this.differing.length
      ? 'differs'
      : this.unchecked.length
        ? 'unchecked'
        : 'reproduced';
  }
}
