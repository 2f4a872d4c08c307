import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/index.ts';
import { toIpynb } from '../../../src/core/publish/index.ts';
import { importFile } from '../../../src/app/pages/import-file.ts';

const NOTEBOOK = `---
algobook: 1
id: n
title: A notebook
---

Prose.

\`\`\`js
const x = 1;
\`\`\`
`;

describe('importFile', () => {
  it('takes an .algo.md as it is', () => {
    expect(importFile('n.algo.md', NOTEBOOK, 'https://app.example/')).toEqual({
      ok: true,
      text: NOTEBOOK,
      title: 'A notebook',
    });
  });

  it('converts a JavaScript .ipynb into notebook text', async () => {
    const imported = importFile('n.ipynb', await toIpynb(parse(NOTEBOOK)), 'https://app.example/');
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.title).toBe('A notebook');
    expect(parse(imported.text).cells.map((c) => [c.kind, c.source])).toEqual([
      ['markdown', 'Prose.'],
      ['code', 'const x = 1;'],
    ]);
  });

  it('refuses a notebook in another language, and broken files, saying why', () => {
    const python = JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { kernelspec: { name: 'python3', language: 'python' } },
      cells: [],
    });
    expect(importFile('p.ipynb', python, 'https://app.example/')).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^This notebook is written in python; algobook runs JavaScript only, so its code cannot be imported\.$/i,
      ),
    });
    expect(importFile('p.ipynb', '{ not json', 'https://app.example/')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^This file is not a Jupyter notebook: it is not valid JSON/),
    });
    expect(importFile('n.algo.md', 'no front matter', 'https://app.example/')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^This file is not a valid notebook\./),
    });
  });
});
