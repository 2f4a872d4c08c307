import { describe, expect, it } from 'vitest';
import { deriveCard } from '../../../src/core/citizen/card.ts';
import { shortHash } from '../../../src/core/citizen/algorithms.ts';
import { parse } from '../../../src/core/format/parse.ts';
import type { ImportEntry } from '../../../src/core/imports/types.ts';
import { notebook, SHA } from './helpers.ts';

const OTHER = 'cd'.repeat(32);
const FRONT = `algobook: 1
id: report
title: Report
imports:
  atmo:
    url: ../atmo/v3.algo.md
    sha256: ${SHA}
    title: The ATMO index
  pm:
    url: https://example.org/pm.algo.md
    sha256: ${OTHER}
`;

const published = parse(
  `---\nalgobook: 1\nid: atmo\ntitle: ATMO (own title)\nversion: 3\n---\n\n\`\`\`js\nconst x = 1;\n\`\`\`\n`,
);

describe('deriveCard(notebook, imports) algorithms', () => {
  it('deriveCard(notebook) lists each import as pinned when nothing was resolved', () => {
    expect(deriveCard(notebook([{ js: '1' }], FRONT)).algorithms).toEqual([
      {
        name: 'atmo',
        title: 'The ATMO index',
        version: null,
        sha256: SHA,
        url: '../atmo/v3.algo.md',
      },
      {
        name: 'pm',
        title: null,
        version: null,
        sha256: OTHER,
        url: 'https://example.org/pm.algo.md',
      },
    ]);
  });

  it('deriveCard(notebook, imports) adds the version, own title and URL of resolved imports', () => {
    const imports: Record<string, ImportEntry> = {
      atmo: {
        name: 'atmo',
        spec: { url: '../atmo/v3.algo.md', sha256: SHA, title: 'The ATMO index' },
        url: 'https://a.org/atmo/v3.algo.md',
        text: '',
        notebook: published,
        imports: {},
      },
      pm: {
        name: 'pm',
        spec: { url: 'https://example.org/pm.algo.md', sha256: OTHER },
        error: { name: 'ImportChanged', message: 'changed', code: 'import-changed' },
      },
    };
    const pmOwn = { ...imports.atmo, name: 'pm', spec: { url: 'x', sha256: OTHER } };
    expect(deriveCard(notebook([{ js: '1' }], FRONT), imports).algorithms).toEqual([
      {
        name: 'atmo',
        title: 'The ATMO index',
        version: 3,
        sha256: SHA,
        url: 'https://a.org/atmo/v3.algo.md',
      },
      {
        name: 'pm',
        title: null,
        version: null,
        sha256: OTHER,
        url: 'https://example.org/pm.algo.md',
      },
    ]);
    expect(deriveCard(notebook([{ js: '1' }], FRONT), { pm: pmOwn }).algorithms[1]).toMatchObject({
      title: 'ATMO (own title)',
      version: 3,
    });
  });

  it('deriveCard(notebook) has no algorithms without imports', () => {
    expect(deriveCard(notebook([{ js: '1' }])).algorithms).toEqual([]);
  });

  it('shortHash(sha256) keeps the first 12 digits', () => {
    expect(shortHash(SHA)).toBe('abababababab');
  });
});
