import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './cli.ts';

export const CSV = 'commune,pop\nA,10\nB,20\n';
export const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** A notebook reading a CSV beside it, with a table, a value and a chart; its file path. */
export function draft(
  options: { id?: string; extra?: string; front?: string; dir?: string } = {},
): string {
  const dir = options.dir ?? tempDir();
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'data/pop.csv'), CSV);
  const text = `---
algobook: 1
id: ${options.id ?? 'pop'}
title: Population
license: EUPL-1.2
datasets:
  pop:
    url: data/pop.csv
    format: csv
    sha256: ${sha(CSV)}
${options.front ?? ''}---

# Population

\`\`\`js
const pop = await dataset("pop")
\`\`\`

\`\`\`js
pop
\`\`\`

\`\`\`js
pop.rollup({t: op.sum("pop")}).get("t", 0)
\`\`\`
${options.extra ?? ''}`;
  const file = join(dir, 'notebook.algo.md');
  writeFileSync(file, text);
  return file;
}

/**
 * A built app's page as `npm run build` writes it, small: its head (policy, script, style
 * with paths relative to the app's folder) and the element the app starts in.
 */
export const BUILT_APP_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'">
    <meta charset="utf-8" />
    <meta name="description" content="algobook: open-algorithm notebooks on open data" />
    <title>algobook</title>
    <script src="./runner/start.js" defer ></script>
    <script type="module" crossorigin src="./assets/index-TEST.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/chunk-TEST.js">
    <link rel="stylesheet" crossorigin href="./assets/index-TEST.css">
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`;

/** A folder with `BUILT_APP_HTML` as its index.html: a built app for `--app`. */
export function builtApp(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'index.html'), BUILT_APP_HTML);
  return dir;
}
