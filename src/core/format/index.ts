export { parse } from './parse.ts';
export { serialize } from './serialize.ts';
export { FormatError } from './errors.ts';
export { FORMAT_VERSION } from './front-matter.ts';
export { newCellId, slugify } from './ids.ts';
export { emptyNotebook } from './notebook.ts';
export type * from './types.ts';
