/**
 * The errors of imports in cells (issue 14) in English: an import cell's forms the analysis
 * refuses (`import-*` with a line), and what the runtime says when an import or `use()` cannot
 * give what a cell asks. import-cells.fr.ts has the French. Spread into the error catalogue.
 */
export const IMPORT_CELL_ERRORS = {
  // The analysis (core/analysis/import-cell.ts)
  'import-not-alone':
    'An import cell defines nothing else: keep import … from "{from}" alone in its cell and move this code to another cell',
  'import-several-sources':
    'An import cell takes names from one notebook: this one imports from "{from}", so import from "{other}" in a cell of its own',
  'import-attributes':
    'Imports take no attributes (with {…}): write import {a, b as c} from "{from}"',
  'import-no-names':
    'This import takes no names: list the names it uses, as in import {a, b as c} from "{from}"',
  'import-default':
    'A notebook has no default export: name what you take, as in import {{local}} from "{from}"',
  'import-namespace':
    'import * is not supported: name what you take, as in import {a, b as c} from "{from}", or call use("{from}", {}) for all its names',

  // The runtime (core/runtime/imported-modules.ts)
  'import-unknown':
    'This notebook imports nothing named "{name}"; its imports are {known} (under "imports:" in its front matter).',
  'import-none':
    'This notebook imports nothing named "{name}": it has no imports (list them under "imports:" in its front matter).',
  'import-unknown-name': '"{notebook}" defines no {name}; its names are {known}.',
  'import-no-names-defined': '"{notebook}" defines no {name}: it defines no names at all.',
  'import-unknown-override':
    'use("{import}", …): "{notebook}" defines no {name} to replace; its names are {known}.',
  'import-overrides-not-object':
    'use("{import}", overrides): overrides must be an object of names to replace, e.g. use("{import}", {x: 1})',
  'import-name-not-text': 'use(name, overrides): name must be the name of an import, as text',
  'import-modules-too-deep':
    'Imports nest more than {max} levels deep ({path}): algobook stops there. Import a notebook that imports fewer others.',
  'import-cell-failed': 'In the imported notebook "{notebook}", cell {cell} failed: {reason}',
} as const;

export type ImportCellErrorCode = keyof typeof IMPORT_CELL_ERRORS;
