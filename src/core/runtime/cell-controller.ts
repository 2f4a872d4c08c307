import type { Module, Variable } from '@observablehq/runtime';
import type { ColumnTable, Table } from 'arquero';
import { builtinValue, type RunBuiltins } from './builtins.ts';
import type { AnalysedCell, CellPlan } from './cell-plan.ts';
import { compileCell, type CompiledCell } from './compile.ts';
import { importCell } from './import-cell.ts';
import { coreError } from '../errors/index.ts';
import { CellFailure, errorOutput, ThrownValue } from './errors.ts';
import type { CellEvent } from './events.ts';
import { acceptInput, InputView } from './inputs.ts';
import type { ErrorOutput, InputOutput, InputSpec, Output, TableOutput } from './outputs.ts';
import { Run } from './run.ts';
import { toOutput } from './to-output.ts';

/** What a cell needs from the notebook runtime around it. */
export interface CellHost {
  emit(event: CellEvent): void;
  table(cellId: string, table: Table): TableOutput;
  /** Drops what the cell's previous run holds: its tables, the instances its `use()` calls made. */
  release(cellId: string): void;
  dataset(name: string): Promise<ColumnTable>;
  /** The values of `names` in the imported notebook `from` (an import cell). */
  imported(from: string, names: readonly string[]): Promise<Record<string, unknown>>;
  /** `use(name, overrides)` for a run of the cell `cellId`. */
  use(cellId: string, name: unknown, overrides: unknown): Promise<Readonly<object>>;
  /** The cell is queued or running (`true`), or settled (`false`); `idle()` waits on this. */
  busy(cellId: string, busy: boolean): void;
}

/** Name of the hidden dataflow variable holding a cell's result (not a valid identifier). */
export function cellVariableName(cellId: string): string {
  return `cell ${cellId}`;
}

/**
 * One code cell in the dataflow: a hidden variable whose inputs are the other cells' names it
 * reads and whose value is the object of its declarations. It turns the variable's lifecycle
 * into the cell's events, numbers its runs, and drops whatever a superseded run displays.
 */
export class CellController {
  readonly #variable: Variable;
  #key: string | undefined;
  #source: string | undefined;
  #definition: (...inputs: unknown[]) => Promise<unknown> = async () => undefined;
  #inputs: string[] = [];
  #runs = 0;
  #current: Run | null = null;
  #queued = false;
  #deleted = false;
  /** Values set with `setInput`, by input id; they outlive runs, not source changes. */
  readonly #inputValues = new Map<string, unknown>();
  readonly #inputSpecs = new Map<string, InputSpec>();

  constructor(
    readonly id: string,
    module: Module,
    private readonly host: CellHost,
    /** Runs the cell had under this id before it was deleted: its numbering goes on. */
    pastRuns = 0,
  ) {
    this.#runs = pastRuns;
    this.#variable = module.variable({
      pending: () => this.#pending(),
      fulfilled: () => this.#fulfilled(),
      rejected: (error) => this.#rejected(error),
    });
  }

  /**
   * Wires the cell as planned. `key` sums up everything the wiring depends on; when it is the
   * same as last time nothing happens, so unchanged cells do not re-run.
   */
  define(cell: AnalysedCell, plan: CellPlan, key: string): void {
    if (key === this.#key) return;
    this.#key = key;
    if (cell.source !== this.#source) {
      this.#source = cell.source;
      this.#inputValues.clear();
      this.#inputSpecs.clear();
    }
    this.#inputs = plan.inputs;
    this.#definition = this.#makeDefinition(cell, plan);
    this.#redefine();
  }

  /** How many runs the cell has started (its last run number). */
  get runs(): number {
    return this.#runs;
  }

  /** Runs the cell again, and so its dependants. */
  rerun(): void {
    if (this.#key !== undefined) this.#redefine();
  }

  /** Sets input `inputId` (shown by this cell) and re-runs the cell; unknown ids are ignored. */
  setInput(inputId: string, value: unknown): void {
    const spec = this.#inputSpecs.get(inputId);
    if (!spec) return;
    const accepted = acceptInput(spec, value);
    if (accepted === undefined) return;
    this.#inputValues.set(inputId, accepted);
    this.rerun();
  }

  /** Removes the cell from the dataflow; its pending events and outputs are dropped. */
  delete(): void {
    this.dispose();
    this.#variable.delete();
  }

  /** Stops reporting anything, without touching the dataflow (which is being disposed). */
  dispose(): void {
    this.#deleted = true;
    this.#current?.supersede();
    this.#current = null;
    this.host.release(this.id);
    this.host.busy(this.id, false);
  }

  #redefine(): void {
    this.#variable.define(cellVariableName(this.id), this.#inputs, this.#definition);
  }

  #makeDefinition(cell: AnalysedCell, plan: CellPlan): (...inputs: unknown[]) => Promise<unknown> {
    const { analysis } = cell;
    // The compiled cell, or why it fails without running.
    let compiled: CompiledCell | ErrorOutput;
    if (plan.failure) compiled = plan.failure;
    else if (analysis.import) compiled = importCell(cell, this.host.imported);
    else {
      try {
        compiled = compileCell(this.id, cell.source, analysis, [...plan.builtins, ...plan.inputs]);
      } catch (error) {
        compiled =
          error instanceof RangeError
            ? tooDeepToCompile(error)
            : error instanceof SyntaxError
              ? engineSyntaxError(error)
              : errorOutput(error, this.id);
      }
    }
    // Like Framework, an expression cell that calls display() or view() shows only what it
    // displays: `view(Inputs.range(...))` shows the input, not its value a second time.
    const autoDisplay =
      analysis.expression && !plan.builtins.includes('display') && !plan.builtins.includes('view');
    // Not an async function, and one promise per run: every extra microtask here would be
    // paid once per cell along a chain of dependent cells.
    return (...inputs) => {
      const run = this.#start();
      if (typeof compiled !== 'function') throw new CellFailure(compiled);
      const builtins = plan.builtins.length ? this.#builtins(run) : undefined;
      const args = builtins
        ? plan.builtins.map((name) => builtinValue(name, builtins)).concat(inputs)
        : inputs;
      const body = compiled(...args);
      return new Promise((resolve, reject) => {
        // Superseded: settle at once, so the next run need not wait for this one.
        run.onSupersede(reject);
        body.then(
          (value) => {
            if (!analysis.expression) return resolve(settle(value));
            if (autoDisplay) (builtins ?? this.#builtins(run)).display(value);
            resolve(undefined);
          },
          (error: unknown) => reject(error instanceof Error ? error : new ThrownValue(error)),
        );
      });
    };
  }

  #builtins(run: Run): RunBuiltins {
    return {
      display: (value) => {
        if (this.#isCurrent(run)) {
          this.#show(
            run,
            toOutput(value, {
              cellId: this.id,
              table: (table) => this.host.table(this.id, table),
              input: (view) => this.#inputOutput(run, view),
            }),
          );
        }
        return value;
      },
      view: (input) => {
        if (!(input instanceof InputView)) {
          throw coreError('view-not-input', {}, 'TypeError');
        }
        const output = this.#inputOutput(run, input);
        if (this.#isCurrent(run)) this.#show(run, output);
        return output.value;
      },
      dataset: (name) => this.host.dataset(name),
      use: (name, overrides) =>
        // A superseded run's late call would make an instance no run releases.
        this.#isCurrent(run)
          ? this.host.use(this.id, name, overrides)
          : Promise.reject(new Error('use(): this run of the cell was superseded')),
    };
  }

  /** Numbers a run's n-th input and finds its value: the one set by `setInput`, or its default. */
  #inputOutput(run: Run, view: InputView): InputOutput {
    const id = `${this.id}:${run.inputs++}`;
    const spec = view.spec;
    const set = this.#inputValues.get(id);
    const value = set === undefined ? spec.value : (acceptInput(spec, set) ?? spec.value);
    if (this.#isCurrent(run)) this.#inputSpecs.set(id, spec);
    return { kind: 'input', id, input: spec, value };
  }

  #isCurrent(run: Run): boolean {
    return this.#current === run && !this.#deleted;
  }

  #show(run: Run, output: Output): void {
    this.host.emit({ kind: 'output', cellId: this.id, run: run.number, output });
  }

  #start(): Run {
    const run = new Run(++this.#runs);
    this.#current = run;
    this.#queued = false;
    this.host.release(this.id);
    this.host.emit({ kind: 'running', cellId: this.id, run: run.number });
    return run;
  }

  #pending(): void {
    if (this.#deleted) return;
    // Whatever the previous run still does is superseded from now on.
    this.#current?.supersede();
    this.#current = null;
    this.host.busy(this.id, true);
    if (!this.#queued) {
      this.#queued = true;
      this.host.emit({ kind: 'queued', cellId: this.id });
    }
  }

  #fulfilled(): void {
    const run = this.#current;
    // No current run: a late result of a run superseded meanwhile.
    if (this.#deleted || !run) return;
    this.host.emit({ kind: 'done', cellId: this.id, run: run.number, ms: run.elapsed() });
    this.host.busy(this.id, false);
  }

  #rejected(error: unknown): void {
    if (this.#deleted) return;
    // No current run: the cell failed before its code started (an input failed). It still
    // gets a run of its own, so a host can clear outputs on `running` and append the error.
    const run = this.#current ?? this.#start();
    const output = errorOutput(error, this.id);
    this.host.emit({
      kind: 'error',
      cellId: this.id,
      run: run.number,
      ms: run.elapsed(),
      error: output,
    });
    this.host.busy(this.id, false);
  }
}

/**
 * The engine's parser and compiler recurse too: a cell that acorn could analyse can still be
 * too deep for them (10,000 chained calls in V8). It fails, with a message that says so, alone.
 */
function tooDeepToCompile(error: RangeError): ErrorOutput {
  return {
    kind: 'error',
    name: error.name,
    code: 'too-deep-to-compile',
    message:
      'This cell is nested too deeply to compile: split its longest expression into several steps (intermediate constants)',
  };
}

/**
 * Code acorn accepted but the engine refuses (`import.meta` outside a module, say): the engine
 * words it in English only, so its text is kept as `detail` and the page says what it is.
 */
function engineSyntaxError(error: SyntaxError): ErrorOutput {
  const params = { detail: error.message };
  return { kind: 'error', name: error.name, code: 'syntax-engine', params, message: error.message };
}

/**
 * A program cell's declarations, with promises among them awaited: the cell is done (or fails)
 * once the data it declares has arrived, rather than leaving its readers to fail.
 */
function settle(exports: unknown): unknown {
  if (typeof exports !== 'object' || exports === null) return exports;
  let thenables = false;
  for (const value of Object.values(exports)) if (isThenable(value)) thenables = true;
  if (!thenables) return exports;
  const entries = Object.entries(exports);
  return Promise.all(entries.map(([, value]) => value)).then((values) =>
    Object.fromEntries(entries.map(([name], i) => [name, values[i]])),
  );
}

function isThenable(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && typeof Reflect.get(value, 'then') === 'function'
  );
}
