import { describe, expect, it } from 'vitest';
import { deriveCard } from '../../../src/core/citizen/card.ts';
import { parse } from '../../../src/core/format/parse.ts';
import type { ImportEntry } from '../../../src/core/imports/types.ts';
import { resolvedImport } from '../imports/helpers.ts';
import { toStandaloneHtml } from '../../../src/core/publish/html-export.ts';
import { fromIpynb } from '../../../src/core/publish/ipynb-import.ts';
import { toIpynb } from '../../../src/core/publish/ipynb-export.ts';
import { sha256Text } from '../../../src/core/publish/hash.ts';

const BASE_TEXT = `---\nalgobook: 1\nid: base\ntitle: Base\n---\n\n\`\`\`js\nconst unit = 1;\n\`\`\`\n`;
const LIB_TEXT = `---\nalgobook: 1\nid: lib\ntitle: Lib <b>own</b>\nversion: 2\nlang: fr\n---\n\nLa prose de la bibliothèque.\n\n\`\`\`js\nfunction twice(x) {\n  return 2 * x * unit;\n}\n\`\`\`\n`;
const LIB = sha256Text(LIB_TEXT);
const BASE = sha256Text(BASE_TEXT);

const base = resolvedImport('base', BASE_TEXT, 'file:///home/someone/base.algo.md', {
  url: 'base.algo.md',
  sha256: BASE,
});
const LIB_URL = 'https://a.org/lib.algo.md';
const lib = resolvedImport('lib', LIB_TEXT, LIB_URL, { url: LIB_URL, sha256: LIB }, { base });
const failed: ImportEntry = {
  name: 'gone',
  spec: { url: 'gone.algo.md', sha256: 'ab'.repeat(32) },
  error: { name: 'ImportUnavailable', message: 'gone', code: 'import-unavailable' },
};
const imports = { lib, gone: failed };

const importer = parse(
  `---\nalgobook: 1\nid: report\ntitle: Report\nimports:\n  lib:\n    url: https://a.org/lib.algo.md\n    sha256: ${LIB}\n---\n\n\`\`\`js\nimport { twice } from 'lib';\n\`\`\`\n\n\`\`\`js\ntwice(2)\n\`\`\`\n`,
);

interface IpynbCell {
  id: string;
  cell_type: string;
  metadata: Record<string, unknown>;
  source: string[];
}

describe('toIpynb(notebook, outputs, {imports})', () => {
  it('toIpynb(...) inlines each imported notebook before the importer’s cells, marked with its source and hash', async () => {
    const json = JSON.parse(await toIpynb(importer, new Map(), { imports })) as {
      cells: IpynbCell[];
    };
    const shown = json.cells.map((c) => [c.id, c.cell_type, c.source.join('')]);
    expect(shown).toEqual([
      // The base first, since the library reads it; its file's path stays on this machine.
      ['import-1-0', 'markdown', `## Base\n\nImported from \`base.algo.md\` (sha256 \`${BASE}\`)`],
      ['import-1-1', 'code', 'const unit = 1;'],
      [
        'import-2-0',
        'markdown',
        `## Lib <b>own</b>\n\nImported from \`https://a.org/lib.algo.md\` (sha256 \`${LIB}\`)`,
      ],
      ['import-2-1', 'markdown', 'La prose de la bibliothèque.'],
      ['import-2-2', 'code', 'function twice(x) {\n  return 2 * x * unit;\n}'],
      ['cell-1', 'code', "import { twice } from 'lib';"],
      ['cell-2', 'code', 'twice(2)'],
    ]);
    expect(json.cells[2].metadata).toEqual({
      algobook: { imported: { name: 'lib', url: 'https://a.org/lib.algo.md', sha256: LIB } },
    });
  });

  it('toIpynb(...) words the marker in French', async () => {
    const json = JSON.parse(await toIpynb(importer, new Map(), { imports, lang: 'fr' })) as {
      cells: IpynbCell[];
    };
    expect(json.cells[0].source.join('')).toBe(
      `## Base\n\nImporté de \`base.algo.md\` (sha256 \`${BASE}\`)`,
    );
  });

  it('fromIpynb(text) leaves the inlined cells out: the importer comes back as it was', async () => {
    const back = fromIpynb(await toIpynb(importer, new Map(), { imports }));
    expect(back.cells.map((c) => c.source)).toEqual(["import { twice } from 'lib';", 'twice(2)']);
    expect(back.front).toEqual(importer.front);
  });

  it('toIpynb(...) is unchanged without imports', async () => {
    expect(await toIpynb(importer, new Map(), { imports: {} })).toBe(await toIpynb(importer));
  });
});

describe('toStandaloneHtml(notebook, outputs, {imports})', () => {
  it('toStandaloneHtml(...) inlines the imported notebooks first, escaped, with their source and hash', async () => {
    const html = await toStandaloneHtml(importer, new Map(), { imports });
    const first = html.indexOf('id="import-1"');
    const second = html.indexOf('id="import-2"');
    const own = html.indexOf('id="cell-1"');
    expect(first).toBeGreaterThan(0);
    expect(first < second && second < own).toBe(true);
    expect(html).toContain(
      `<h2 id="import-2-title" lang="fr">Lib &lt;b&gt;own&lt;/b&gt;</h2><p class="from">Imported from <a href="https://a.org/lib.algo.md"><code>https://a.org/lib.algo.md</code></a> (sha256 <code class="hash">${LIB}</code>)</p>`,
    );
    // A relative URL stays text, and the machine's own path is not there.
    expect(html).toContain('Imported from <code>base.algo.md</code>');
    expect(html).not.toContain('/home/someone');
    expect(html).toContain('<summary>Cell 2 of “Lib &lt;b&gt;own&lt;/b&gt;”</summary>');
    expect(html).not.toContain('<b>own</b>');
  });

  it('toStandaloneHtml(...) is unchanged without imports', async () => {
    const options = { sha256: 'ab'.repeat(32) };
    expect(await toStandaloneHtml(importer, new Map(), { ...options, imports: {} })).toBe(
      await toStandaloneHtml(importer, new Map(), options),
    );
    expect(await toStandaloneHtml(importer, new Map(), options)).not.toContain('class="imported"');
  });

  it('toStandaloneHtml(...) lists the algorithms relied on in the card, in French too', async () => {
    const card = deriveCard(importer, imports);
    const html = await toStandaloneHtml(importer, new Map(), { card, lang: 'fr' });
    expect(html).toContain(
      `<h3>Algorithmes sur lesquels il s’appuie</h3><ul class="data algorithms"><li><p><strong>lib</strong>: <span lang="en">Lib &lt;b&gt;own&lt;/b&gt;</span>, version 2</p>`,
    );
    expect(html).toContain(`<code class="hash">${LIB}</code>`);
  });
});
