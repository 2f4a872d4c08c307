import type { CellResult, Notebook } from '../../core/format/types.ts';
import type { OutputsByCell } from '../../core/publish/types.ts';
import { NotebookSession } from '../session/notebook-session.svelte.ts';
import { isSettled } from '../session/cell-state.ts';
import { checkDigests } from '../session/page-digests.ts';
import { englishMessage } from '../../core/errors/messages.ts';
import { outputsOf } from './page-outputs.ts';

/** A code cell that did not finish its run: publishing names it instead of freezing its error. */
export interface FailedCell {
  /** Its number on the page, prose cells counted (as the reader numbers cells). */
  n: number;
  /** `Name: message` of its error, or empty when it was stopped. */
  error: string;
}

/** What a run from scratch gives: the digests, and the cells that failed or were stopped. */
export interface DigestRun {
  results: CellResult[];
  failed: FailedCell[];
  /**
   * Cells (numbered on the page, prose counted) whose outputs, as the page received them, do
   * not have the digest the runner reported: `results` has the page's digest for them.
   */
  mismatched: number[];
  /**
   * Cells (page numbers) whose tables the page cannot digest as the runtime does: `results` has
   * the runner's digest for them, unchecked against what the page shows.
   */
  unchecked: number[];
  /** What each code cell showed at the end of the run: publishing keeps them as its snapshot. */
  outputs: OutputsByCell;
}

/** Resolves once every code cell of the session has finished its run (or failed, or stopped). */
function settled(session: NotebookSession, timeoutMs: number): Promise<void> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      const cells = session.codeCells;
      if (cells.every((cell) => isSettled(session.runs[cell.id]?.status ?? 'idle'))) {
        resolve();
      } else if (performance.now() - start > timeoutMs) {
        reject(
          new Error(`the notebook did not finish running within ${Math.round(timeoutMs / 1000)} s`),
        );
      } else {
        setTimeout(check, 25);
      }
    };
    check();
  });
}

function failedCells(session: NotebookSession): FailedCell[] {
  const failed: FailedCell[] = [];
  session.notebook.cells.forEach((cell, index) => {
    if (cell.kind !== 'code') return;
    const run = session.runs[cell.id];
    if (run?.status === 'done') return;
    const error = run?.outputs.find((output) => output.kind === 'error');
    failed.push({ n: index + 1, error: error ? `${error.name}: ${error.message}` : '' });
  });
  return failed;
}

/** The number a person sees code cell `codeNumber` (from 1) under, prose cells counted. */
function pageNumber(session: NotebookSession, codeNumber: number): number {
  let seen = 0;
  for (const [i, cell] of session.notebook.cells.entries())
    if (cell.kind === 'code' && ++seen === codeNumber) return i + 1;
  return codeNumber;
}

/**
 * Runs `notebook` in a runner of its own, as a reader who just opened it would (every input at
 * its default), and returns the digest of each code cell's outputs once every cell has settled,
 * with the cells that failed. Publishing and verifying both go through here, so a version is
 * checked exactly the way it was frozen, whatever the author did with the sliders of the open
 * page meanwhile.
 */
export async function runFromScratch(notebook: Notebook, baseUrl: string): Promise<DigestRun> {
  const session = new NotebookSession(structuredClone(notebook), baseUrl);
  try {
    await session.runAll();
    // A cell that runs away is stopped by the session's time limit; the margin covers datasets.
    await settled(session, session.timeLimitMs + 60_000);
    const reported = await session.digests();
    // The page digests what it received; the runner's word alone is not taken for it.
    const check = await checkDigests(
      session.codeCells.map((cell) => ({ outputs: session.runs[cell.id]?.outputs ?? [] })),
      reported,
      (id, offset, limit) => session.getRows(id, offset, limit),
    );
    const mismatched = check.mismatched.map((n) => pageNumber(session, n));
    const failed = failedCells(session).filter((cell) => !mismatched.includes(cell.n));
    for (const n of mismatched) failed.push({ n, error: englishMessage('digest-mismatch', {}) });
    failed.sort((a, b) => a.n - b.n);
    const unchecked = check.unchecked.map((n) => pageNumber(session, n));
    // Read before the session is disposed: its tables' rows go with it.
    const outputs = outputsOf(session.notebook, session.runs);
    return { results: check.results, failed, mismatched, unchecked, outputs };
  } finally {
    session.dispose();
  }
}
