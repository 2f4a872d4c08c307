import type { CellResult } from '../format/types.ts';
import type { ResultDifference } from './types.ts';

/**
 * The cells whose output digests differ between the published results and a new run, in cell
 * order: changed, published but not produced, or produced but not published.
 */
export function compareResults(
  published: readonly CellResult[],
  actual: readonly CellResult[],
): ResultDifference[] {
  const before = new Map(published.map((result) => [result.cell, result]));
  const after = new Map(actual.map((result) => [result.cell, result]));
  const cells = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => a - b);
  const differences: ResultDifference[] = [];
  for (const cell of cells) {
    const p = before.get(cell);
    const a = after.get(cell);
    if (p && a) {
      if (p.sha256 !== a.sha256)
        differences.push({ cell, kind: 'changed', published: p, actual: a });
    } else if (p) differences.push({ cell, kind: 'missing', published: p });
    else if (a) differences.push({ cell, kind: 'extra', actual: a });
  }
  return differences;
}
