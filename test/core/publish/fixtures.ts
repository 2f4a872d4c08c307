import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../../../src/core/format/parse.ts';
import type { Notebook } from '../../../src/core/format/types.ts';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const EXAMPLES = join(ROOT, 'examples');

/** Each example notebook's file name and text. */
export function examples(): { name: string; text: string }[] {
  return readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.algo.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(EXAMPLES, name), 'utf8') }));
}

/** A small notebook: a heading, a parameter, a computation, a chart. */
export function small(): Notebook {
  return parse(`---
algobook: 1
id: small
title: Small
license: EUPL-1.2
datasets:
  pop:
    url: data/pop.csv
    format: csv
    sha256: ${'ab'.repeat(32)}
    license: etalab-2.0
---

# Small

Some prose.

\`\`\`js
const seuil = view(Inputs.range([0, 100], {label: "Seuil", value: 50}))
\`\`\`

\`\`\`js
const total = 40 + 2;
\`\`\`

\`\`\`js echo=false
total * seuil
\`\`\`
`);
}

export const SHA_A = 'a'.repeat(64);
export const SHA_B = 'b'.repeat(64);
