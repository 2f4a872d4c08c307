import { importSite } from '../analysis/index.ts';
import { AlgobookError } from '../errors/index.ts';
import type { AnalysedCell } from './cell-plan.ts';
import type { CompiledCell } from './compile.ts';
import { CellFailure, errorOutput } from './errors.ts';

/** What an import cell needs: the values of some names of an imported notebook. */
export type ImportedValues = (
  from: string,
  names: readonly string[],
) => Promise<Record<string, unknown>>;

/**
 * An import cell's body (`import {a, b as c} from "atmo"`): its local names bound to the
 * imported notebook's values. Its error is located in the cell: at the unknown name, or at the
 * import's name for anything else (an unknown import, a failed one, a failed cell of it).
 */
export function importCell(cell: AnalysedCell, imported: ImportedValues): CompiledCell {
  const { from, names } = cell.analysis.import ?? { from: '', names: [] };
  const wanted = names.map((name) => name.imported);
  return async () => {
    let values: Record<string, unknown>;
    try {
      values = await imported(from, wanted);
    } catch (error) {
      const name =
        error instanceof AlgobookError && error.code === 'import-unknown-name'
          ? String(error.params.name)
          : undefined;
      throw new CellFailure({ ...errorOutput(error, cell.id), ...importSite(cell.source, name) });
    }
    return Object.fromEntries(names.map(({ imported, local }) => [local, values[imported]]));
  };
}
