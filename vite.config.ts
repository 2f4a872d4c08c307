import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { algobookPlugins } from './vite/plugins.ts';

export default defineConfig({
  // Relative asset paths: a city can host the app in any folder of its site.
  base: './',
  plugins: [svelte(), ...algobookPlugins()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 5000,
    // The page's own chunks are preloaded from index.html; a dynamic import's are not: Vite's
    // helper adds one <link rel=modulepreload> per chunk of the graph it imports, which for the
    // reader (about 60) was a task of 36–107 ms on a loaded page (issue 15: none over 50 ms). The
    // browser fetches an imported chunk's own imports as soon as it has parsed it.
    modulePreload: {
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
  },
  worker: { format: 'es' },
  test: {
    // Dates must not depend on the machine.
    env: { TZ: 'Europe/Paris' },
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          // Parquet and Excel parsers are loaded by the host (src/core/data/format-modules.ts);
          // the interface's dictionaries are loaded on demand (src/app/i18n/i18n.svelte.ts).
          setupFiles: ['test/support/format-modules.ts', 'test/support/dictionaries.ts'],
          environment: 'node',
          // A hang guard, not a timing: on a loaded 2-core machine a quick test can wait seconds
          // for a core. Timings live in `npm run bench`.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          setupFiles: ['test/e2e/support/fail-on-page-errors.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // `expect.poll` waits on the page's state; its default 1 s is a timing, and a loaded
          // machine runs a notebook slower than that (a clean-clone CI run failed on it).
          expect: { poll: { timeout: 30_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
