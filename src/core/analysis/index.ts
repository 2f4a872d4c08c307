export { analyze } from './analyze.ts';
export { BUILTIN_HINT, CellParseError, parseCell, type ParsedCell } from './parse.ts';
export type { CellAnalysis, CellSyntaxError, ImportCellCode } from './types.ts';
export { hiddenLastExpression } from './hidden-value.ts';
export { importSite, referenceSite } from './reference-site.ts';
