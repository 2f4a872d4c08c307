export { resolveImports, MAX_IMPORT_DEPTH, MAX_IMPORTS, type ResolveOptions } from './resolve.ts';
export { importLabel, importSource } from './module-source.ts';
export type * from './types.ts';
