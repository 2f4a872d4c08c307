import type { Anchor } from './anchor.ts';
import type { ChainProblem, ResultDifference } from './types.ts';

/** What a verification found, wherever it ran (browser or command line). */
export interface Findings {
  /** What the text's identity was checked against; null when nothing could anchor it. */
  anchor: Anchor | null;
  /** The text against its anchor, and the chain of versions before it. */
  problems: readonly ChainProblem[];
  /** The cells whose digest differs from the published one. */
  cells: readonly ResultDifference[];
  /** The datasets that no longer give the pinned bytes (the command line counts them). */
  datasets: number;
  /**
   * Cells (page numbers) whose outputs the page could not digest itself, so whose reproduced
   * digest is only the runner's word (the page checks its runner; the command line has none).
   */
  shownUnchecked?: readonly number[];
}

/**
 * The one verdict of a verification:
 * - `tampered`: the text is not the one its anchor names, or its chain of versions is broken;
 * - `not-reproduced`: some cell or dataset differs;
 * - `unchecked`: every result reproduces, but nothing anchored the text, so this copy may have
 *   been edited (its prose, its datasets' sources) and re-stamped with its own results; or some
 *   cells (`shown`) could not be checked against what the page shows, so their reproduced
 *   digests rest on the runner's word alone;
 * - `reproduced`: the text is the anchored one and every result reproduces.
 */
export type Verdict =
  | { kind: 'tampered'; problems: readonly ChainProblem[] }
  | { kind: 'not-reproduced'; identity: Identity }
  | { kind: 'unchecked'; shown?: readonly number[] }
  | { kind: 'reproduced'; anchor: Anchor };

/** Whether the text's identity was checked against an anchor. */
export type Identity = 'checked' | 'unchecked';

export function identityOf(findings: Findings): Identity {
  return findings.anchor ? 'checked' : 'unchecked';
}

/** The verdict of `findings`: a tampered text outranks differing results, which outrank the rest. */
export function verdictOf(findings: Findings): Verdict {
  if (findings.problems.length) return { kind: 'tampered', problems: findings.problems };
  if (findings.cells.length || findings.datasets)
    return { kind: 'not-reproduced', identity: identityOf(findings) };
  const shown = findings.shownUnchecked ?? [];
  if (!findings.anchor || shown.length)
    return shown.length ? { kind: 'unchecked', shown } : { kind: 'unchecked' };
  return { kind: 'reproduced', anchor: findings.anchor };
}

/** `algobook verify`'s exit status: 0 reproduced, 1 tampered or not reproduced, 3 unchecked. */
export function verdictExit(verdict: Verdict): 0 | 1 | 3 {
  switch (verdict.kind) {
    case 'reproduced':
      return 0;
    case 'unchecked':
      return 3;
    case 'tampered':
    case 'not-reproduced':
      return 1;
  }
}

/** The verdict's first words, in English (the command line; the app has its dictionaries). */
export function verdictHeadline(verdict: Verdict): string {
  switch (verdict.kind) {
    case 'reproduced':
      return 'Reproduced';
    case 'unchecked':
      return verdict.shown
        ? 'Results reproduce; some cells could not be checked against what the page shows'
        : 'Results reproduce; the identity of this copy was not checked';
    case 'not-reproduced':
      return 'Not reproduced';
    case 'tampered':
      return 'Tampered';
  }
}
