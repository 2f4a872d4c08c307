// Builds the app into a directory of its own, runner included, without touching public/runner
// or dist/: for working on several changes at once. Test it with ALGOBOOK_DIST=<dir>.
// Usage: node scripts/build-isolated.mjs <outDir>
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/build-isolated.mjs <outDir>');
  process.exit(2);
}
const dist = resolve(out);
const runner = `${dist}-runner`;
const run = (args, env = {}) =>
  execFileSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
run(['scripts/build-runner.mjs'], { ALGOBOOK_RUNNER_OUT: runner });
run([
  'node_modules/vite/bin/vite.js',
  'build',
  '--outDir',
  dist,
  '--emptyOutDir',
  '--logLevel',
  'warn',
]);
mkdirSync(`${dist}/runner`, { recursive: true });
cpSync(runner, `${dist}/runner`, { recursive: true });
console.log(`built into ${dist}`);
