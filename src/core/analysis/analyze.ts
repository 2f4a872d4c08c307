import { topLevelDeclarations } from './bindings.ts';
import { hasTopLevelAwait } from './has-await.ts';
import { CellParseError, parseCell } from './parse.ts';
import { freeReferences } from './references.ts';
import type { CellAnalysis } from './types.ts';

/**
 * Analyses one cell: the names it declares for other cells, the free names it reads, whether
 * it is an expression whose value is displayed, and whether it awaits. A syntax error (or an
 * `import`) is returned in `error`, located within the cell, rather than thrown.
 */
export function analyze(source: string): CellAnalysis {
  let parsed;
  try {
    parsed = parseCell(source);
  } catch (error) {
    if (!(error instanceof CellParseError)) throw error;
    return {
      declarations: [],
      references: [],
      expression: false,
      hasAwait: false,
      error: error.detail,
    };
  }
  const { node } = parsed;
  return {
    declarations: parsed.kind === 'program' ? topLevelDeclarations(parsed.node) : [],
    references: freeReferences(node),
    expression: parsed.kind === 'expression',
    hasAwait: hasTopLevelAwait(node),
  };
}
