/**
 * The page's own initial JS (issue 15): the gzip size (level 9) of the scripts and module
 * preloads of the built dist/index.html, and with the larger interface dictionary, the JS before
 * the first paint. A size, not a time: the same on every machine. See scripts/initial-js.mjs.
 */
import { fileURLToPath } from 'node:url';
import {
  INITIAL_JS_BUDGET,
  kb,
  measureFirstPaint,
  measureInitialJs,
} from '../scripts/initial-js.mjs';

const dist = process.env.ALGOBOOK_DIST ?? fileURLToPath(new URL('../dist', import.meta.url));
const initial = measureInitialJs(dist);
const firstPaint = measureFirstPaint(dist);

console.log('| metric | algobook | target |');
console.log('|---|---|---|');
console.log(
  `| page's own initial JS (gzip) | ${kb(initial.gzip)} (${kb(initial.raw)} raw, ${initial.files.length} files) | ≤ ${kb(INITIAL_JS_BUDGET)} |`,
);
console.log(
  `| page's own JS before the first paint, with the larger dictionary (gzip) | ${kb(firstPaint.gzip)} | ≤ ${kb(INITIAL_JS_BUDGET)} |`,
);
