/**
 * Confines a notebook's cells in the command line's cell process (`sandbox-child.ts`). Node's
 * permission model keeps that process from files and programs, but not from its own `process`:
 * a cell reaching it could send forged results over the IPC channel, or load Node's builtins
 * (and Node 20's model does not cover the network). So, once the runner's code is loaded, SES
 * `lockdown()` freezes the intrinsics, and every cell is evaluated in a `Compartment` whose
 * global object holds only what cells need: no `process`, `require`, `Buffer` or `fetch`
 * (unless the notebook declares origins, then a `fetch` bound to them). A compartment's
 * `Function` and `eval` reach its own globals only, `Function.prototype.constructor` throws, and
 * it rejects `import(` expressions before running anything.
 */
import 'ses';
import { useCellEvaluator } from '../core/runtime/index.ts';
import { originBoundFetch } from './cell-fetch.ts';

/** Timer handles as numbers: Node's `Timeout` objects are mutable host objects. */
function timers() {
  const handles = new Map<number, ReturnType<typeof setTimeout>>();
  let last = 0;
  const start =
    (schedule: typeof setTimeout, repeat: boolean) =>
    (callback: unknown, ms?: number, ...args: unknown[]): number => {
      if (typeof callback !== 'function') throw new TypeError('the callback must be a function');
      const id = ++last;
      handles.set(
        id,
        schedule(() => {
          if (!repeat) handles.delete(id);
          callback(...args);
        }, ms),
      );
      return id;
    };
  const clear = (id: unknown) => {
    const handle = typeof id === 'number' ? handles.get(id) : undefined;
    if (handle === undefined) return;
    clearTimeout(handle);
    handles.delete(id as number);
  };
  return {
    setTimeout: start(setTimeout, false),
    setInterval: start(setInterval as typeof setTimeout, true),
    clearTimeout: clear,
    clearInterval: clear,
  };
}

/** A console whose methods call Node's: its own object, not Node's (which holds its streams). */
function cellConsole() {
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'table', 'dir'] as const;
  return Object.fromEntries(
    methods.map((name) => [name, (...args: unknown[]) => console[name](...args)]),
  );
}

/**
 * Locks the realm down and evaluates every cell compiled from now on in a compartment;
 * `network` is the notebook's declared origins. Call once, after every module is loaded and
 * before any cell runs: lockdown freezes the intrinsics for the runner's code too.
 */
export function confineCells(network: readonly string[]): void {
  lockdown({
    // A failing cell's stack gives its line (compile.ts), and messages stay as they are.
    errorTaming: 'unsafe',
    stackFiltering: 'verbose',
    // Cells format numbers and dates in the user's locale, as in the browser.
    localeTaming: 'unsafe',
    consoleTaming: 'unsafe',
    // Libraries that assign `constructor`, `toString`… on their own objects keep working.
    overrideTaming: 'severe',
    // A cell's uncaught error is the cell's, reported by the runtime.
    errorTrapping: 'none',
    unhandledRejectionTrapping: 'none',
    reporting: 'none',
  });
  const globals = harden({
    // The start compartment's: a compartment's own `Date.now()` and `Math.random()` throw.
    Date,
    Math,
    Intl,
    // Not among a compartment's own globals (SES leaves the float arrays out); the browser's
    // cells have them, and digests of the same notebook must agree there and here.
    Float32Array,
    Float64Array,
    console: cellConsole(),
    ...timers(),
    queueMicrotask: (callback: () => void) => queueMicrotask(() => callback()),
    structuredClone: (value: unknown) => structuredClone(value),
    atob: globalThis.atob,
    btoa: globalThis.btoa,
    TextEncoder,
    TextDecoder,
    URL,
    URLSearchParams,
    ...(network.length ? { fetch: originBoundFetch(network) } : {}),
  });
  const compartment = new Compartment({ globals, __options__: true });
  useCellEvaluator((code) => compartment.evaluate(code));
}
