// Builds the cell runner as one classic (IIFE) script: the sandbox iframe has an opaque origin,
// where only a classic worker from a blob: URL can load it (with importScripts) and may eval.
// Parquet (hyparquet and its codecs), Excel (SheetJS) and CSV/TSV (algobook's parser) are classic
// scripts of their own beside it, imported by the runner the first time a notebook reads such a
// dataset (src/runner/format-loaders.ts), so that notebooks without them never fetch them.
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// ALGOBOOK_RUNNER_OUT lets a parallel build (scripts/build-isolated.mjs) keep its own copy.
const outDir = process.env.ALGOBOOK_RUNNER_OUT ?? 'public/runner';

const SCRIPTS = [
  { entry: 'src/runner/worker.ts', file: 'runner.js' },
  { entry: 'src/runner/chunks/parquet.ts', file: 'parquet.js' },
  { entry: 'src/runner/chunks/xlsx.ts', file: 'xlsx.js' },
  // The parser shares core/data/column-types.ts with the runner, whose Arquero import it never
  // uses: Arquero's modules have no side effects here, so that none of it (nor its acorn) is copied.
  // Not the runner's: the page's classic script that creates the runner's frame from the first
  // bytes of index.html on a reader's link (src/app/runner/early-frame.ts).
  { entry: 'src/app/runner/early-frame.ts', file: 'start.js' },
  {
    entry: 'src/runner/chunks/csv.ts',
    file: 'csv.js',
    unused: /[\\/]node_modules[\\/]arquero[\\/]/,
  },
];

// The French wording of errors (core/errors/*.fr.ts) is data the page uses, never the runner,
// which sends codes and parameters: these modules have no side effects, so that the barrel
// `core/errors/index.ts` re-exporting them does not keep ~15 KB of unused text in `runner.js`.
const FRENCH_TEXT = /[\\/]src[\\/]core[\\/]errors[\\/][^\\/]+\.fr\.ts$/;

for (const [i, { entry, file, unused }] of SCRIPTS.entries()) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: i === 0,
      target: 'es2022',
      minify: true,
      rollupOptions: {
        treeshake: { moduleSideEffects: (id) => !FRENCH_TEXT.test(id) && !unused?.test(id) },
        // SES (lockdown, src/runner/lock-realm.ts) runs only in strict code.
        output: { intro: "'use strict';" },
      },
      lib: {
        entry,
        name: 'algobookRunner',
        formats: ['iife'],
        fileName: () => file,
      },
    },
  });
}
