import { analyze } from '../../../src/core/analysis/index.ts';
import type { ImportedNotebook } from '../../../src/core/citizen/imported.ts';
import { notebook } from './helpers.ts';

/** The runtime's analysis: an import cell declares its local names and sets `import`. */
export const analyseWithImports = analyze;

/** The ATMO library: an input, a function and a pinned dataset, and a cell nobody imports. */
export const atmo: ImportedNotebook = {
  label: 'The ATMO air-quality index',
  imports: {},
  notebook: notebook(
    [
      '# Bounds',
      { js: "const boundsPM25 = view(Inputs.text({ label: 'PM2.5 bounds', value: '10, 20' }));" },
      { js: 'const bounds = boundsPM25.split(",").map(Number);' },
      '# Sub-index',
      { js: 'function subIndex(v) { return bounds.filter((b) => v > b).length + 1; }' },
      { js: "const LABELS = ['Good', 'Fair', 'Poor'];" },
      { js: "const stations = await dataset('stations');" },
    ],
    'algobook: 1\nid: atmo\ntitle: ATMO\n',
  ),
};

/** An importer: two names imported, one `use()`. */
export const importer = notebook([
  'Take the index.',
  { js: 'import { subIndex, LABELS as names } from "atmo"' },
  { js: 'const today = subIndex(17);' },
  { js: 'names[today - 1]', options: 'indicator title="Today"' },
  { js: 'const strict = await use("atmo", { boundsPM25: "5, 15" });' },
]);
