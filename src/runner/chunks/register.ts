import type { FormatModuleName, FormatModules } from '../../core/data/format-modules.ts';
import { FORMAT_MODULE_HOOK } from '../format-loaders.ts';

/** Hands a chunk's parser to the runner that is importing it (see format-loaders.ts). */
export function registerFormatModule<K extends FormatModuleName>(
  name: K,
  module: FormatModules[K],
): void {
  const hook: unknown = Reflect.get(globalThis, FORMAT_MODULE_HOOK);
  if (typeof hook !== 'function') throw new Error(`${name}.js runs only inside algobook's runner`);
  hook(name, module);
}
