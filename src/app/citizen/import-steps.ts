import type { ChainStep } from '../../core/citizen/index.ts';

/** A step's key in a chain: its cell, within the notebook it belongs to. */
export const stepKey = (step: ChainStep) => `${step.from?.path.join('/') ?? ''}:${step.cell}`;

/**
 * Where the chain changes notebook before step `k` (issue 14): into an imported one (its path
 * and title), or back into this one (no path); null when it stays.
 */
export function stepPlace(
  steps: readonly ChainStep[],
  k: number,
): { path: string[]; label: string } | { path: null } | null {
  const here = steps[k].from?.path.join('/') ?? '';
  const before = k === 0 ? '' : (steps[k - 1].from?.path.join('/') ?? '');
  if (here === before) return null;
  return steps[k].from ? { path: steps[k].from.path, label: steps[k].from.label } : { path: null };
}
