// The page's own initial JS: the scripts and module preloads that dist/index.html names, gzipped
// at level 9 (node:zlib), the way a static host with maximum compression would serve them. It is
// the JS every visitor downloads before the app can paint, so issue 15 keeps it under a budget
// (test/vite/initial-js.test.ts) and `npm run bench` prints it.
//
// Usage: node scripts/initial-js.mjs [dist]   (after `npm run build`)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** The budget of issue 15, in bytes of gzip (1 KB = 1000 bytes, as vite prints sizes). */
export const INITIAL_JS_BUDGET = 100_000;

/** The JS files that index.html loads at once: `<script src>` and `<link rel=modulepreload>`. */
export function initialScripts(html) {
  const files = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/\brel=["']?modulepreload\b/i.test(tag)) continue;
    const url = /\b(?:src|href)=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (url && !/^[a-z]+:/i.test(url)) files.push(url.replace(/^\.?\//, ''));
  }
  return files;
}

/** Each initial file's raw and gzip (level 9) size, and the totals. */
export function measureInitialJs(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = initialScripts(html).map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const sum = (key) => files.reduce((total, f) => total + f[key], 0);
  return { files, raw: sum('raw'), gzip: sum('gzip') };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const { files, raw, gzip } = measureInitialJs(dist);
  for (const f of files)
    console.log(`${kb(f.gzip).padStart(9)}  ${kb(f.raw).padStart(9)} raw  ${f.file}`);
  console.log(
    `${kb(gzip).padStart(9)}  ${kb(raw).padStart(9)} raw  total (gzip level 9), budget ${kb(INITIAL_JS_BUDGET)}`,
  );
}
