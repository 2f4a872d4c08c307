import { referenceSite, type CellAnalysis } from '../analysis/index.ts';
import { englishMessage, listParam, type ErrorCode, type ErrorParams } from '../errors/index.ts';
import { syntaxCode } from '../errors/syntax-codes.ts';
import { isBuiltin, type BuiltinName } from './builtins.ts';
import type { ErrorOutput } from './outputs.ts';

/** A cell as the notebook runtime sees it: its source and what `analyze` found. */
export interface AnalysedCell {
  id: string;
  /** How messages name the cell to a person. */
  label: string;
  source: string;
  analysis: CellAnalysis;
}

/** How a cell is wired into the dataflow. */
export interface CellPlan {
  /** Other cells' names it reads, which become its dataflow inputs. */
  inputs: string[];
  /** Builtins it uses, passed to its function before the inputs. */
  builtins: BuiltinName[];
  /** Why it fails without running its code, if it does. */
  failure?: ErrorOutput;
}

/** Who defines a name: one cell, or several (then reading it fails). */
export type NamePlan = { kind: 'cell'; cellId: string } | { kind: 'duplicate'; message: string };

/**
 * Resolves every cell's free names statically, so that mistakes get a precise message on the
 * cell that made them instead of a generic runtime one: a name defined by several cells (all of
 * them fail), a name no cell, builtin or global defines, and cells that read each other's names
 * (every cell of the cycle fails). A failing cell is wired without inputs, so the dataflow
 * graph stays acyclic.
 */
export function planCells(
  cells: readonly AnalysedCell[],
  disabled: ReadonlySet<string>,
  isGlobal: (name: string) => boolean,
): { cells: Map<string, CellPlan>; names: Map<string, NamePlan> } {
  const labels = new Map(cells.map((cell) => [cell.id, cell.label]));
  const labelled = (ids: readonly string[]) => ids.map((id) => labels.get(id) ?? id);
  const owners = new Map<string, string[]>();
  for (const cell of cells) {
    for (const name of cell.analysis.declarations) {
      const list = owners.get(name);
      if (list) list.push(cell.id);
      else owners.set(name, [cell.id]);
    }
  }

  const names = new Map<string, NamePlan>();
  for (const [name, ids] of owners) {
    names.set(
      name,
      ids.length === 1
        ? { kind: 'cell', cellId: ids[0] }
        : { kind: 'duplicate', message: duplicateMessage(name, labelled(ids)) },
    );
  }

  const plans = new Map<string, CellPlan>();
  for (const cell of cells) {
    const { analysis } = cell;
    const inputs = analysis.references.filter((name) => owners.has(name));
    // A cell's own declaration of a builtin's name shadows the builtin for every cell.
    const builtins = analysis.references.filter(isBuiltin).filter((name) => !owners.has(name));
    plans.set(cell.id, { inputs, builtins, failure: staticFailure(cell) });
  }

  function staticFailure({ id, analysis, source }: AnalysedCell): ErrorOutput | undefined {
    if (disabled.has(id)) {
      return failure('Interrupted', 'cell-stopped');
    }
    if (analysis.error)
      // A cell too deep to analyse has its own code; other syntax errors get acorn's, coded.
      return analysis.error.code
        ? { kind: 'error', ...analysis.error }
        : {
            kind: 'error',
            ...analysis.error,
            ...syntaxCode(analysis.error.message, analysis.error),
          };
    const duplicate = analysis.declarations.find((name) => names.get(name)?.kind === 'duplicate');
    if (duplicate) {
      const cells = list(labelled(owners.get(duplicate) ?? []));
      return failure('RuntimeError', 'duplicate-definition', { name: duplicate, cells });
    }
    const missing = analysis.references.find(
      (name) => !owners.has(name) && !isBuiltin(name) && !isGlobal(name),
    );
    if (missing)
      return {
        ...failure('ReferenceError', 'undefined-name', { name: missing }),
        ...referenceSite(source, missing),
      };
    return undefined;
  }

  for (const cycle of cycles(cells, plans, names)) {
    const params = { cells: cycleMembers(cycle, cells) };
    for (const id of cycle) {
      const plan = plans.get(id);
      if (plan) plan.failure = failure('RuntimeError', 'circular-definition', params);
    }
  }

  // Failing cells do not read their inputs: leaving them out keeps the graph acyclic.
  for (const plan of plans.values()) if (plan.failure) plan.inputs = [];
  return { cells: plans, names };
}

/** An error output with a code, so that the page can word it in the reader's language. */
function failure(name: string, code: ErrorCode, params: ErrorParams = {}): ErrorOutput {
  return { kind: 'error', name, message: englishMessage(code, params), code, params };
}

function duplicateMessage(name: string, ids: readonly string[]): string {
  return englishMessage('duplicate-definition', { name, cells: list(ids) });
}

function cycleMembers(cycle: readonly string[], cells: readonly AnalysedCell[]): string {
  const members = new Set(cycle);
  const parts = cells
    .filter((cell) => members.has(cell.id))
    .map((cell) => `${cell.label} (${cell.analysis.declarations.join(', ')})`);
  return list(parts);
}

function list(items: readonly string[]): string {
  return listParam(items);
}

/**
 * Strongly connected components of more than one cell among the cells that would run
 * (Tarjan's algorithm; a cell never reads its own names, so single cells are never cycles).
 */
function cycles(
  cells: readonly AnalysedCell[],
  plans: ReadonlyMap<string, CellPlan>,
  names: ReadonlyMap<string, NamePlan>,
): string[][] {
  const edges = new Map<string, string[]>();
  for (const cell of cells) {
    const plan = plans.get(cell.id);
    if (!plan || plan.failure) continue;
    const targets: string[] = [];
    for (const name of plan.inputs) {
      const owner = names.get(name);
      if (owner?.kind === 'cell' && !plans.get(owner.cellId)?.failure) targets.push(owner.cellId);
    }
    edges.set(cell.id, targets);
  }

  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];

  function connect(id: string): void {
    index.set(id, index.size);
    low.set(id, index.get(id) ?? 0);
    stack.push(id);
    onStack.add(id);
    for (const next of edges.get(id) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(id, Math.min(low.get(id) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(id, Math.min(low.get(id) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(id) === index.get(id)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== id);
      if (component.length > 1) found.push(component);
    }
  }

  for (const id of edges.keys()) if (!index.has(id)) connect(id);
  return found;
}
