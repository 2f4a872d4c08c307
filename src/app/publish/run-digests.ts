import type { CellResult, Notebook } from '../../core/format/types.ts';
import { NotebookSession } from '../session/notebook-session.svelte.ts';

const SETTLED = new Set(['done', 'error', 'interrupted']);

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
}

/** Resolves once every code cell of the session has finished its run (or failed, or stopped). */
function settled(session: NotebookSession, timeoutMs: number): Promise<void> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      const cells = session.codeCells;
      if (cells.every((cell) => SETTLED.has(session.runs[cell.id]?.status ?? 'idle'))) {
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
    const results = await session.digests();
    return { results, failed: failedCells(session) };
  } finally {
    session.dispose();
  }
}

/** The digests of a run from scratch (see {@link runFromScratch}). */
export async function runDigests(notebook: Notebook, baseUrl: string): Promise<CellResult[]> {
  return (await runFromScratch(notebook, baseUrl)).results;
}
