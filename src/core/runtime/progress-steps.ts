/** How many steps a parse's progress has: it is told at most once per step. */
export const PROGRESS_STEPS = 100;

/**
 * The step `done` bytes of `total` reach (0 to {@link PROGRESS_STEPS}). The runtime sends a
 * progress only when its step grows, and the page admits only such a progress, so a parse says
 * at most a hundred times how far it is, whatever a runner sends.
 */
export function progressStep(done: number, total: number): number {
  return total > 0 ? Math.floor((Math.min(done, total) * PROGRESS_STEPS) / total) : PROGRESS_STEPS;
}
