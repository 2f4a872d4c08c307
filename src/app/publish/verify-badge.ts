import type { VerifyReport } from './verify.ts';

/**
 * Where the verification of a version stands, as the reader's badge says it: not run yet,
 * running, reproduced, not reproduced (the text or a result differs), or could not be checked
 * (the page cannot vouch for the text, some results or the data, or the verification failed).
 */
export type BadgeState = 'idle' | 'running' | 'checked' | 'not-reproduced' | 'unchecked';

/** The badge of a finished verification. */
export function badgeOf(report: VerifyReport): BadgeState {
  switch (report.verdict.kind) {
    case 'reproduced':
      // Reproduced from bytes only this browser still has: elsewhere it may not be.
      return report.datasets.length ? 'unchecked' : 'checked';
    case 'unchecked':
      return 'unchecked';
    case 'not-reproduced':
    case 'tampered':
      return 'not-reproduced';
  }
}
