/**
 * Where cell code is evaluated. By default with the realm's own indirect eval, in the global
 * scope: the browser runs it in the sandboxed worker, whose realm is locked (runner/lock-realm.ts).
 * The command line's cell process replaces it with an SES compartment's `evaluate`
 * (cli/cell-compartment.ts), because there the global scope holds Node's `process`.
 */
export type CellEvaluator = (code: string) => unknown;

let evaluator: CellEvaluator = (code) => globalThis.eval(code);

/** Evaluates every cell compiled from now on with `evaluate`. */
export function useCellEvaluator(evaluate: CellEvaluator): void {
  evaluator = evaluate;
}

/** Evaluates a compiled cell's wrapper source (compile.ts). */
export function evaluateCell(code: string): unknown {
  return evaluator(code);
}
