/**
 * Locks the runner's realm before any cell runs (see worker.ts). SES `lockdown()` (installed by
 * `import 'ses'`) freezes every JavaScript intrinsic; it leaves the host's Web API prototypes
 * and the global object's bindings alone, so those are frozen here: a cell cannot replace a
 * method the runner calls (`MessagePort.prototype.postMessage`, `Blob.prototype.arrayBuffer`)
 * nor rebind a global the runtime reads (`JSON`, `Promise`) to change what it sends or digests.
 */

/** Web API classes whose methods the runner (or the runtime under it) calls. */
const WEB_CLASSES = [
  'EventTarget',
  'Event',
  'MessageEvent',
  'MessagePort',
  'Blob',
  'Performance',
  'WorkerGlobalScope',
  'DedicatedWorkerGlobalScope',
  'TextDecoder',
  'TextEncoder',
  'DecompressionStream',
];

export function lockRealm(): void {
  lockdown({
    // Stacks give a failing cell its line (compile.ts), and messages stay as they are.
    errorTaming: 'unsafe',
    stackFiltering: 'verbose',
    // Cells format numbers and dates in the reader's locale.
    localeTaming: 'unsafe',
    consoleTaming: 'unsafe',
    // Cells are compiled with the realm's own (indirect) eval, in the sandbox only.
    evalTaming: 'unsafe-eval',
    // Libraries that assign `constructor`, `toString`… on their own objects keep working.
    overrideTaming: 'severe',
    // A cell's uncaught error is the cell's, reported by the runtime: SES must not end the worker.
    errorTrapping: 'none',
    unhandledRejectionTrapping: 'none',
    reporting: 'none',
  });
  const global = globalThis as unknown as Record<string, unknown>;
  for (const name of WEB_CLASSES) {
    const constructor = global[name];
    if (typeof constructor !== 'function') continue;
    Object.freeze(constructor.prototype);
    Object.freeze(constructor);
  }
  for (const key of Reflect.ownKeys(globalThis)) {
    const property = Object.getOwnPropertyDescriptor(globalThis, key);
    if (property?.configurable && 'value' in property)
      Object.defineProperty(globalThis, key, { writable: false, configurable: false });
  }
}
