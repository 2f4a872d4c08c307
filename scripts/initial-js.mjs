// The page's own initial JS: the scripts and module preloads that dist/index.html names, gzipped
// at level 9 (node:zlib), as a static host compressing at its maximum would serve them. Every
// visitor downloads them before the app can paint, so issue 15 keeps them under a budget
// (test/vite/initial-js.test.ts) and `npm run bench` prints the figure.
//
// The interface's dictionary is not in index.html (the page loads the reader's language only,
// src/app/i18n/i18n.svelte.ts) but is also fetched before the first paint: it is reported
// beside, per language, and the first paint's total counts the larger one.
//
// Usage: node scripts/initial-js.mjs [dist]   (after `npm run build`)
import { readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** The budget of issue 15, in bytes of gzip (1 KB = 1000 bytes, as vite prints sizes). */
export const INITIAL_JS_BUDGET = 100_000;

/** The interface's languages, whose dictionaries are chunks of their own (`en-….js`). */
const LOCALES = ['en', 'fr'];

/** The JS files that index.html loads at once: `<script src>` and `<link rel=modulepreload>`. */
export function initialScripts(html) {
  const files = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/\brel=["']?modulepreload\b/i.test(tag)) continue;
    const url = /\b(?:src|href)=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (url && !/^[a-z]+:/i.test(url)) files.push(posix.normalize(url.replace(/^\.?\//, '')));
  }
  return files;
}

function sized(dist, file) {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * The dictionaries' chunks, by locale: the `import("./en-….js")` of the initial files. A
 * locale found zero or several times is an error, not a silent zero.
 */
function dictionaryChunks(dist, initial) {
  const found = Object.fromEntries(LOCALES.map((locale) => [locale, new Set()]));
  for (const { file } of initial) {
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/import\(\s*["'`](\.\/[\w.-]+\.js)["'`]\s*\)/g)) {
      const target = posix.join(posix.dirname(file), m[1]);
      const locale = /^([a-z]{2})-[\w-]+\.js$/.exec(posix.basename(target))?.[1];
      if (locale && locale in found) found[locale].add(target);
    }
  }
  return LOCALES.map((locale) => {
    const files = [...found[locale]];
    if (files.length !== 1)
      throw new Error(`Expected one dictionary chunk for "${locale}", found: ${files.join(', ')}`);
    return { locale, ...sized(dist, files[0]) };
  });
}

/** Each initial file's raw and gzip (level 9) size, and their totals. */
export function measureInitialJs(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = initialScripts(html).map((file) => sized(dist, file));
  const total = (key) => files.reduce((sum, f) => sum + f[key], 0);
  return { files, raw: total('raw'), gzip: total('gzip') };
}

/**
 * The dictionaries, one per locale, and the JS before the first paint: the initial files and
 * the larger dictionary.
 */
export function measureFirstPaint(dist) {
  const initial = measureInitialJs(dist);
  const dictionaries = dictionaryChunks(dist, initial.files);
  const largest = Math.max(...dictionaries.map((d) => d.gzip));
  return { dictionaries, gzip: initial.gzip + largest };
}

export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const { files, raw, gzip } = measureInitialJs(dist);
  const { dictionaries, gzip: firstPaintGzip } = measureFirstPaint(dist);
  const row = (size, rawSize, name) =>
    `${kb(size).padStart(9)}  ${kb(rawSize).padStart(9)} raw  ${name}`;
  console.log('gzip (level 9), then raw:');
  for (const f of files) console.log(row(f.gzip, f.raw, f.file));
  console.log(
    row(gzip, raw, `index.html's scripts and modulepreloads (budget ${kb(INITIAL_JS_BUDGET)})`),
  );
  for (const d of dictionaries)
    console.log(row(d.gzip, d.raw, `${d.file} (dictionary: ${d.locale}, one of them)`));
  console.log(
    `${kb(firstPaintGzip).padStart(9)}  with the larger dictionary: JS before the first paint`,
  );
}
