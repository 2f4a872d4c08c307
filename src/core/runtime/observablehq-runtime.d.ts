/**
 * The part of @observablehq/runtime (v6, untyped JavaScript) that the notebook runtime uses,
 * including the few internals it overrides to schedule computation (see `dataflow.ts`).
 */
declare module '@observablehq/runtime' {
  export interface Observer {
    pending?(): void;
    fulfilled?(value: unknown, name: string | null): void;
    rejected?(error: unknown, name: string | null): void;
  }

  export class Variable {
    /** Defines (or redefines) the variable; `inputs` are names resolved in its module. */
    define(
      name: string | null,
      inputs: string[],
      definition: (...inputs: never[]) => unknown,
    ): this;
    delete(): this;
  }

  export class Module {
    variable(observer?: Observer | true): Variable;
    /** The next value of the variable `name` once computed (it is observed meanwhile). */
    value(name: string): Promise<unknown>;
  }

  export class Runtime {
    constructor(builtins?: Record<string, unknown> | null, global?: (name: string) => unknown);
    module(): Module;
    dispose(): void;
    /** Internal: schedules `_computeNow`; runtime.js waits a frame (rAF) or a macrotask. */
    _computeSoon(): Promise<void>;
    /** Internal: computes every dirty variable in topological order. */
    _computeNow(): Promise<void>;
    /** Internal: callbacks that pull the next value of generator variables. */
    _precomputes: unknown[];
    _disposed: boolean;
  }

  export class RuntimeError extends Error {
    constructor(message: string, input?: string);
    /** Name of the input (variable) whose failure this error reports, if any. */
    input?: string;
  }
}
