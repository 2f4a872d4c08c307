import { parse, parseExpressionAt, tokTypes, tokenizer } from 'acorn';
import type { Expression, Options, Program } from 'acorn';
import { importOf, type ImportAnalysis } from './import-cell.ts';
import type { CellSyntaxError } from './types.ts';

/**
 * A cell's syntax tree: a lone expression (displayed), a program (statements), or an import
 * cell (`import {a, b as c} from "atmo"` and nothing else), with what it imports.
 */
export type ParsedCell =
  | { kind: 'expression'; node: Expression }
  | { kind: 'program'; node: Program }
  | { kind: 'import'; node: Program; import: ImportAnalysis };

/** The builtins a cell can use instead of exporting; named in the `export` error. */
export const BUILTIN_HINT = 'aq, op, dataset, display, md, chart, view, Inputs and use';

const options: Options = {
  ecmaVersion: 'latest',
  sourceType: 'module',
  allowAwaitOutsideFunction: true,
  locations: true,
};

/** Thrown for a cell that does not parse; its line and column are within the cell. */
export class CellParseError extends Error {
  constructor(readonly detail: CellSyntaxError) {
    super(detail.message);
    this.name = 'SyntaxError';
  }
}

/**
 * Parses a cell the way Observable Framework does: first as one expression (so `{a: 1}` is an
 * object, not a block), and only if that does not consume the whole source, as a program. A
 * named function or class stays a declaration, as it reads.
 */
export function parseCell(source: string): ParsedCell {
  const expression = maybeExpression(source);
  if (expression) return { kind: 'expression', node: expression };
  let program: Program;
  try {
    program = parse(source, options);
  } catch (error) {
    throw new CellParseError(isTooDeep(error) ? tooDeep(error) : toSyntaxError(error));
  }
  for (const statement of program.body) {
    if (statement.type.startsWith('Export')) {
      throw new CellParseError({
        name: 'SyntaxError',
        message: `export is not supported in cells yet; the builtins ${BUILTIN_HINT} are in scope, and top-level declarations are shared with other cells`,
        line: statement.loc?.start.line ?? 1,
        column: (statement.loc?.start.column ?? 0) + 1,
      });
    }
  }
  const imported = importOf(program);
  if (imported === undefined) return { kind: 'program', node: program };
  if ('from' in imported) return { kind: 'import', node: program, import: imported };
  throw new CellParseError(imported);
}

function maybeExpression(source: string): Expression | null {
  let node: Expression;
  try {
    // Keeping parentheses makes `(a)` end after its `)`, so the whole source is consumed.
    node = parseExpressionAt(source, 0, { ...options, preserveParens: true });
  } catch (error) {
    // Too deep as an expression is too deep as a program: no need to try again.
    if (isTooDeep(error)) throw new CellParseError(tooDeep(error));
    return null;
  }
  if ((node.type === 'FunctionExpression' || node.type === 'ClassExpression') && node.id)
    return null;
  // The rest must be nothing but blanks and comments (a `;` makes the cell a program).
  try {
    return tokenizer(source.slice(node.end), options).getToken().type === tokTypes.eof
      ? node
      : null;
  } catch {
    return null;
  }
}

/**
 * acorn parses recursively: past some depth (a few hundred nested brackets, a few thousand
 * chained operators, depending on the engine's stack) it raises this SyntaxError instead of
 * overflowing; a RangeError that escapes it means the same.
 */
const ACORN_TOO_DEEP = 'Not enough stack space to parse input';

function isTooDeep(error: unknown): boolean {
  return (
    error instanceof RangeError ||
    (error instanceof SyntaxError && error.message.startsWith(ACORN_TOO_DEEP))
  );
}

/** The error of a cell nested too deeply to analyse, at the place the parser stopped, if known. */
export function tooDeep(error: unknown): CellSyntaxError {
  // Where the parser gave up, which is somewhere inside the deepest part.
  const { line, column } = toSyntaxError(error);
  return {
    name: 'SyntaxError',
    code: 'too-deep',
    message:
      'This cell is nested too deeply to analyse: split its longest expression into several steps (intermediate constants)',
    line,
    column,
  };
}

function toSyntaxError(error: unknown): CellSyntaxError {
  const loc = error instanceof SyntaxError ? Reflect.get(error, 'loc') : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const line = typeof loc?.line === 'number' ? loc.line : 1;
  const column = typeof loc?.column === 'number' ? loc.column + 1 : 1;
  // acorn appends "(line:column)" with a 0-based column; the fields carry it instead.
  return { name: 'SyntaxError', message: message.replace(/ \(\d+:\d+\)$/, ''), line, column };
}
