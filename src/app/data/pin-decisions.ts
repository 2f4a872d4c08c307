import type { AlgobookDB } from '../storage/db.ts';
import { decisionAbout, forgetDecision, rememberDecision } from '../storage/decisions.ts';

/**
 * "Keep using the pinned bytes", remembered per pin (its `url` as written and its `sha256`), as
 * the loader sees it. Storage that cannot be opened (private browsing) only means the choice is
 * not remembered: the person is asked again on the next visit.
 */
export interface PinDecisions {
  kept(url: string, sha256: string): Promise<boolean>;
  keep(url: string, sha256: string): Promise<void>;
  forget(url: string, sha256: string): Promise<void>;
}

/** Decisions remembered nowhere: every visit asks again. */
export const forgetful: PinDecisions = {
  kept: () => Promise.resolve(false),
  keep: () => Promise.resolve(),
  forget: () => Promise.resolve(),
};

/** Decisions in the browser's IndexedDB (`decisions` store). */
export function idbDecisions(open: () => Promise<AlgobookDB>): PinDecisions {
  return {
    async kept(url, sha256) {
      try {
        return (await decisionAbout(await open(), url, sha256)) === 'keep-pinned';
      } catch {
        return false;
      }
    },
    async keep(url, sha256) {
      try {
        await rememberDecision(await open(), url, sha256, 'keep-pinned');
      } catch {
        // Kept for this visit only.
      }
    },
    async forget(url, sha256) {
      try {
        await forgetDecision(await open(), url, sha256);
      } catch {
        // Nothing was remembered either.
      }
    },
  };
}
