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
