import { topLevelDeclarations } from './bindings.ts';
import { hasTopLevelAwait } from './has-await.ts';
import { CellParseError, parseCell, tooDeep } from './parse.ts';
import { freeReferences } from './references.ts';
import type { CellAnalysis, CellSyntaxError } from './types.ts';

/**
 * Analyses one cell: the names it declares for other cells, the free names it reads, whether
 * it is an expression whose value is displayed, and whether it awaits; for an import cell, what
 * it imports. A syntax error (or an `export`, an unsupported `import`, or nesting too deep to
 * analyse) is returned in `error`, located within the cell, rather than thrown: what goes wrong
 * with one cell must not stop the others.
 */
export function analyze(source: string): CellAnalysis {
  try {
    const parsed = parseCell(source);
    // An import cell reads nothing of this notebook: its names come from the import.
    if (parsed.kind === 'import')
      return {
        declarations: parsed.import.names.map((name) => name.local),
        references: [],
        expression: false,
        hasAwait: false,
        import: parsed.import,
      };
    const { node } = parsed;
    return {
      declarations: parsed.kind === 'program' ? topLevelDeclarations(parsed.node) : [],
      references: freeReferences(node),
      expression: parsed.kind === 'expression',
      hasAwait: hasTopLevelAwait(node),
    };
  } catch (error) {
    if (error instanceof CellParseError) return failed(error.detail);
    // The walks keep no call stack of their own; a RangeError still means a tree too deep
    // for something (an engine's own limits), and is this cell's, not the notebook's.
    if (error instanceof RangeError) return failed(tooDeep(error));
    throw error;
  }
}

function failed(error: CellSyntaxError): CellAnalysis {
  return { declarations: [], references: [], expression: false, hasAwait: false, error };
}
