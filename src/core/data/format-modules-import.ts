import type { FormatModuleLoaders } from './format-modules.ts';

/** The parsers as ES modules, for hosts that can `import()` them: Node (CLI) and unit tests. */
export const importFormatModules: FormatModuleLoaders = {
  parquet: () => import('./parse-parquet.ts'),
  xlsx: () => import('./parse-xlsx.ts'),
  csv: () => import('./parse-delimited.ts'),
};
