import { analyze, type CellAnalysis } from '../../../src/core/analysis/index.ts';
import type { ImportedNotebook } from '../../../src/core/citizen/imported.ts';
import { notebook } from './helpers.ts';

/**
 * The analysis of a cell as the runtime gives it once import cells are analysed (issue 14):
 * `import {a, b as c} from "name"` declares the local names and sets `import`.
 */
export function analyseWithImports(source: string): CellAnalysis {
  const match = /^\s*import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']\s*;?\s*$/.exec(source);
  if (!match) return analyze(source);
  const names = match[1]
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [imported, local = imported] = part.split(/\s+as\s+/);
      return { imported, local };
    });
  return {
    declarations: names.map((n) => n.local),
    references: [],
    expression: false,
    hasAwait: false,
    import: { from: match[2], names },
  };
}

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
