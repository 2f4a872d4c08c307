/**
 * `npm run bench`: the runtime's own overhead in Node, then the app in Chromium. Targets are in
 * docs and issue notes; this prints the figures.
 */
import { spawnSync } from 'node:child_process';

const SCRIPTS = [
  'bench/initial-js.bench.ts',
  'bench/runtime.bench.ts',
  'bench/imports.bench.ts',
  'bench/share.bench.ts',
  'bench/app.bench.ts',
  'bench/datasets.bench.ts',
  'bench/publish.bench.ts',
  'bench/responsiveness.bench.ts',
  'bench/csv-parse.bench.ts',
  'bench/peers.bench.ts',
];

for (const script of SCRIPTS) {
  console.log(`\n# ${script}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
