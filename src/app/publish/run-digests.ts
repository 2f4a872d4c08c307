import type { CellResult, Notebook } from '../../core/format/types.ts';
import { NotebookSession } from '../session/notebook-session.svelte.ts';

const SETTLED = new Set(['done', 'error', 'interrupted']);

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

/**
 * Runs `notebook` in a runner of its own, as a reader who just opened it would (every input at
 * its default), and returns the digest of each code cell's outputs once every cell has settled.
 * Publishing and verifying both go through here, so a version is checked exactly the way it was
 * frozen, whatever the author did with the sliders of the open page meanwhile.
 */
export async function runDigests(notebook: Notebook, baseUrl: string): Promise<CellResult[]> {
  const session = new NotebookSession(structuredClone(notebook), baseUrl);
  try {
    await session.runAll();
    // A cell that runs away is stopped by the session's time limit; the margin covers datasets.
    await settled(session, session.timeLimitMs + 60_000);
    return await session.digests();
  } finally {
    session.dispose();
  }
}
