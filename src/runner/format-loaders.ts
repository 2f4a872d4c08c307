import type {
  FormatModuleLoaders,
  FormatModuleName,
  FormatModules,
} from '../core/data/format-modules.ts';

/** The global function a chunk script (`parquet.js`, `xlsx.js`, `csv.js`) hands its module to. */
export const FORMAT_MODULE_HOOK = 'algobookFormatModule';
/** The global the sandbox's worker source sets to the runner script's URL. */
export const RUNNER_URL = 'algobookRunnerUrl';

/**
 * Loaders of the Parquet, Excel and CSV/TSV parsers for the runner: each is a classic script beside
 * `runner.js`, fetched with `importScripts` (the one way a classic worker from a blob: URL loads
 * code; the sandbox's CSP and network guard allow the runner's folder only) the first time a
 * notebook reads such a dataset. The script ends by calling the global hook defined here (before
 * the realm is locked and any cell runs). The hook takes a module only while the runner itself
 * imports it, and the last one given wins: a cell's code could run during the import (a getter
 * on a global the library reads as it starts) and call the hook too, but never after the
 * script's own last statement.
 */
export function scriptLoaders(scope: WorkerGlobalScope): FormatModuleLoaders {
  const load = scope.importScripts.bind(scope);
  const runnerUrl: unknown = Reflect.get(scope, RUNNER_URL);
  let awaited: FormatModuleName | null = null;
  let received: unknown = null;
  Object.defineProperty(scope, FORMAT_MODULE_HOOK, {
    value: (name: unknown, module: unknown) => {
      if (name === awaited) received = module;
    },
    writable: false,
    configurable: false,
    enumerable: false,
  });

  function loader<K extends FormatModuleName>(name: K) {
    return async (): Promise<FormatModules[K]> => {
      if (typeof runnerUrl !== 'string') throw new Error('the runner does not know its own URL');
      awaited = name;
      received = null;
      try {
        load(new URL(`${name}.js`, runnerUrl).href);
      } finally {
        awaited = null;
      }
      if (received === null) throw new Error(`${name}.js did not hand over its parser`);
      return received as FormatModules[K];
    };
  }
  return { parquet: loader('parquet'), xlsx: loader('xlsx'), csv: loader('csv') };
}
