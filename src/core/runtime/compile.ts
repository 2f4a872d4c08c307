/**
 * Cell source to a function. This is the only module that evaluates code; the browser runs it in
 * a sandboxed worker. A cell becomes an async function (so top-level `await` works) whose
 * parameters are the names it reads from builtins and other cells, and which returns an object
 * of its top-level declarations, or, for an expression cell, the expression's value.
 */

import { evaluateCell } from './cell-evaluator.ts';

/** What the compiled function resolves to: the cell's declarations, or its expression's value. */
export type CompiledCell = (...args: unknown[]) => Promise<unknown>;

/** Lines the wrapper puts before the cell's first line, to map stack lines back to the cell. */
const HEADER_LINES = 1;

/** The file name a cell's frames carry in stack traces (its `sourceURL`). */
export function cellFileName(cellId: string): string {
  return `cell-${encodeURIComponent(cellId)}.js`;
}

/**
 * Compiles a cell analysed by `analyze`. `params` are valid identifiers (from the analysis),
 * so they can be written into the source as is. Throws the engine's SyntaxError for code that
 * acorn accepted but the engine does not.
 */
export function compileCell(
  cellId: string,
  source: string,
  cell: { expression: boolean; declarations: readonly string[] },
  params: readonly string[],
): CompiledCell {
  // The cell starts on a line of its own, so its line 1 column 1 is the wrapper's line 2
  // column 1; strict, like module code.
  const head = `(async function (${params.join(', ')}) {"use strict"; ${cell.expression ? 'return (' : ''}`;
  const tail = cell.expression ? '\n);\n})' : `\nreturn {${cell.declarations.join(', ')}};\n})`;
  const code = `${head}\n${source}${tail}\n//# sourceURL=${cellFileName(cellId)}`;
  // Evaluated in a global scope (cell-evaluator.ts), so globals (Math, fetch...) resolve as in a
  // module and nothing of this module leaks into cells.
  const compiled: unknown = evaluateCell(code);
  if (typeof compiled !== 'function')
    throw new Error('compileCell: the wrapper did not evaluate to a function');
  return (...args) => compiled(...args);
}

/**
 * Where an error was thrown within a cell: the first stack frame in the cell's own file (V8's
 * `file:line:column`, also Firefox's `@file:line:column`), less the wrapper's header.
 */
export function locateInCell(
  error: unknown,
  cellId: string,
): { line: number; column: number } | undefined {
  const stack = error instanceof Error ? error.stack : undefined;
  if (!stack) return undefined;
  const file = cellFileName(cellId).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${file}:(\\d+):(\\d+)`).exec(stack);
  if (!match) return undefined;
  const line = Number(match[1]) - HEADER_LINES;
  return line >= 1 ? { line, column: Number(match[2]) } : undefined;
}
