// Builds the cell runner as one classic (IIFE) script: the sandbox iframe has an opaque origin,
// where only a classic worker from a blob: URL can load it (with importScripts) and may eval.
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  build: {
    // ALGOBOOK_RUNNER_OUT lets a parallel build (scripts/build-isolated.mjs) keep its own copy.
    outDir: process.env.ALGOBOOK_RUNNER_OUT ?? 'public/runner',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    rollupOptions: {
      // SES (lockdown, src/runner/lock-realm.ts) runs only in strict code.
      output: { intro: "'use strict';" },
    },
    lib: {
      entry: 'src/runner/worker.ts',
      name: 'algobookRunner',
      formats: ['iife'],
      fileName: () => 'runner.js',
    },
  },
});
