import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../../../src/core/format/parse.ts';
import type { Notebook } from '../../../src/core/format/types.ts';
import { freezeVersion } from '../../../src/core/publish/freeze.ts';
import type { VersionText } from '../../../src/core/publish/types.ts';

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

/** Three published versions of the small notebook, each listed under its sha256. */
export function three(): VersionText[] {
  const now = new Date(Date.UTC(2026, 10, 26));
  const out: VersionText[] = [];
  let previous: { version: number; sha256: string } | undefined;
  let draft = small();
  for (let n = 1; n <= 3; n++) {
    draft = {
      ...draft,
      cells: [...draft.cells, { kind: 'markdown', id: `m${n}`, source: `Change ${n}` }],
    };
    const v = freezeVersion(draft, { previous, message: `v${n}`, results: [], now });
    out.push({ version: n, text: v.text, sha256: v.sha256 });
    previous = { version: n, sha256: v.sha256 };
  }
  return out;
}
