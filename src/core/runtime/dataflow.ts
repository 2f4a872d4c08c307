import { Runtime } from '@observablehq/runtime';

/** Told when the dataflow schedules a computation and when that computation has run. */
export interface DataflowHooks {
  scheduled(): void;
  computed(): void;
}

/**
 * An @observablehq/runtime Runtime that computes promptly.
 *
 * runtime.js schedules each computation with `requestAnimationFrame` when it exists, else
 * `setImmediate` or `setTimeout`. Dedicated workers have `requestAnimationFrame` (Chrome,
 * Firefox), so there every wave of recomputation would wait for the next frame (≥16 ms) and
 * stop entirely while the tab is hidden. The Runtime constructor has no scheduling option, so we
 * shadow its `_computeSoon` on the instance (a writable, configurable prototype method, made for
 * this) with a microtask: every `define` of one synchronous `update()` still lands before it, so
 * a whole update is computed in one topological pass, without waiting for a frame. Generator
 * values are pulled again through `_precomputes`; those computations keep a macrotask between
 * pulls so that an endless generator cannot starve the worker's event loop.
 *
 * These are internals, so package.json pins @observablehq/runtime to one exact version, and
 * test/core/runtime/dataflow-internals.test.ts fails when an upgrade changes them.
 */
export function createDataflow(hooks: DataflowHooks): Runtime {
  const runtime = new Runtime();
  runtime._computeSoon = function (this: Runtime) {
    hooks.scheduled();
    const wait =
      this._precomputes.length > 0
        ? new Promise<void>((resolve) => setTimeout(resolve, 0))
        : Promise.resolve();
    return wait
      .then(() => (this._disposed ? undefined : this._computeNow()))
      .finally(() => hooks.computed());
  };
  return runtime;
}
