import { importNodeSite } from './import-cell.ts';
import { CellParseError, parseCell } from './parse.ts';
import { freeReferenceSites, type Position } from './references.ts';

/**
 * Where a cell first reads the free name `name` (1-based line and column in the cell), for the
 * error of a name nothing defines; `undefined` if the cell does not parse or never reads it.
 * Parsed again on demand: only a failing cell needs it.
 */
export function referenceSite(source: string, name: string): Position | undefined {
  try {
    return freeReferenceSites(parseCell(source).node).get(name);
  } catch (error) {
    if (error instanceof CellParseError || error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * Where an import cell names `name`, or else where it says which notebook it imports from: for
 * the error of an import the runtime could not give (an unknown import or name, a failed cell of
 * the imported notebook). Parsed again on demand, as `referenceSite`.
 */
export function importSite(source: string, name?: string): Position | undefined {
  try {
    const parsed = parseCell(source);
    return parsed.kind === 'import' ? importNodeSite(parsed.node, name) : undefined;
  } catch (error) {
    if (error instanceof CellParseError || error instanceof RangeError) return undefined;
    throw error;
  }
}
