/**
 * The editor's imports (issue 14): "Add an import" pins a notebook served by a test server (its
 * URL, the SHA-256 of its bytes, its title) into the front matter; a file that is not a notebook
 * is refused in words and nothing changes; a newer version in the catalog beside it is offered,
 * with the diff, and moving re-pins. In English and French; the dialog has no axe violation.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp } from './support/use-app.ts';
import { seriousViolations } from './support/axe.ts';
import { newNotebook, storedDrafts, typeCode, waitForMonaco } from './support/notebook.ts';
import { parse } from '../../src/core/format/parse.ts';
import { en } from '../../src/app/i18n/en.ts';
import { fr } from '../../src/app/i18n/fr.ts';

const lib = (version: number, limit: number) =>
  `---\nalgobook: 1\nid: indice-atmo\ntitle: The ATMO index\nversion: ${version}\n---\n\n# Bounds\n\n\`\`\`js\nconst limit = ${limit};\n\`\`\`\n\n\`\`\`js\nfunction subIndex(v) { return v > limit ? 2 : 1; }\n\`\`\`\n`;
const V1 = lib(1, 10);
const V2 = lib(2, 15);
const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');
const CATALOG = {
  algobook: 1,
  notebooks: [
    {
      id: 'indice-atmo',
      title: 'The ATMO index',
      latest: 2,
      versions: [1, 2].map((version) => ({
        version,
        sha256: sha(version === 1 ? V1 : V2),
        published: '2026-01-01',
        message: '',
        path: `indice-atmo/v${version}.algo.md`,
      })),
    },
  ],
};

const app = useApp({
  notebooks: {
    'site/indice-atmo/v1.algo.md': V1,
    'site/indice-atmo/v2.algo.md': V2,
    'data.csv': 'a,b\n1,2\n',
  },
  routes: {
    '/site/catalog.json': () => ({ type: 'application/json', body: JSON.stringify(CATALOG) }),
  },
});

/** The stored draft's front matter once autosave has stored what the page shows. */
async function savedFront(page: Page, saved: string) {
  await page.getByText(saved, { exact: true }).waitFor();
  const [draft] = await storedDrafts(page);
  return { text: draft.text, front: parse(draft.text).front };
}

/**
 * The notice that the import was written into the front matter: until it shows, "Saved" may
 * still be the one from before the import, and the stored draft would not have it yet.
 */
async function pinnedNotice(page: Page, name: string, pin: string) {
  await page.getByRole('dialog', { name: 'Add an import' }).waitFor({ state: 'hidden' });
  await page
    .getByText(`Imported “The ATMO index” as ${name}, pinned to ${pin.slice(0, 8)}…`)
    .waitFor();
}

describe('Add an import', () => {
  it('pins a notebook from its URL: url, sha256 and title in the front matter', async () => {
    const page = await app.page();
    await newNotebook(page, app.url, 'Importer');
    await page.getByRole('button', { name: 'Add an import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an import' });
    const url = `${app.fixtures.url}site/indice-atmo/v1.algo.md`;
    await dialog.getByLabel('Address of the notebook (.algo.md)').fill(url);
    await dialog.getByRole('button', { name: 'Read' }).click();
    await dialog
      .getByText(`Found “The ATMO index”, fingerprint ${sha(V1).slice(0, 12)}…`)
      .waitFor();
    expect(await dialog.getByLabel('Name in this notebook').inputValue()).toBe('indiceAtmo');
    await dialog.getByLabel('Name in this notebook').fill('atmo');
    await dialog.getByRole('button', { name: 'Add the import' }).click();
    await pinnedNotice(page, 'atmo', sha(V1));
    const { front } = await savedFront(page, en['editor.saved']);
    expect(front.imports).toEqual({ atmo: { url, sha256: sha(V1), title: 'The ATMO index' } });
  });

  it('refuses a file that is not a notebook, in words, and changes nothing', async () => {
    const page = await app.page();
    await newNotebook(page, app.url, 'Importer');
    const before = await savedFront(page, en['editor.saved']);
    await page.getByRole('button', { name: 'Add an import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an import' });
    const url = `${app.fixtures.url}data.csv`;
    await dialog.getByLabel('Address of the notebook (.algo.md)').fill(url);
    await dialog.getByRole('button', { name: 'Read' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(`${url} is not an algobook notebook`);
    expect(await alert.innerText()).toContain('Nothing was changed.');
    expect(await dialog.getByRole('button', { name: 'Add the import' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const after = await savedFront(page, en['editor.saved']);
    expect(after.text).toBe(before.text);
    expect(after.front.imports).toBeUndefined();
  });

  it('speaks French, and its dialog has no serious axe violation', async () => {
    const page = await app.page({ language: 'fr' });
    await page.goto(app.url);
    await page.getByRole('button', { name: fr['home.new'] }).click();
    const created = page.getByRole('dialog', { name: fr['metadata.new.title'] });
    await created.getByLabel(fr['metadata.field.title']).fill('Importateur');
    await created.getByRole('button', { name: fr['metadata.new.create'] }).click();
    await page.getByRole('button', { name: fr['addImport.open'] }).click();
    const dialog = page.getByRole('dialog', { name: fr['addImport.title'] });
    await dialog
      .getByLabel(fr['addImport.url'])
      .fill(`${app.fixtures.url}site/indice-atmo/v1.algo.md`);
    await dialog.getByRole('button', { name: fr['addImport.read'] }).click();
    await dialog.getByLabel(fr['addImport.name']).waitFor();
    expect(await dialog.getByRole('radio', { name: fr['addImport.fromCatalog'] }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('radio', { name: fr['addImport.fromCatalog'] }).check();
    await dialog.getByLabel(fr['addImport.catalog']).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('Add an import from a catalog or a file', () => {
  it('lists the bundled examples and a catalog.json, and pins the chosen version', async () => {
    const page = await app.page();
    await newNotebook(page, app.url, 'Importer');
    await page.getByRole('button', { name: 'Add an import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an import' });
    await dialog.getByRole('radio', { name: 'From a catalog' }).check();
    await dialog.getByRole('button', { name: 'The ATMO sub-index, as a library' }).click();
    await dialog.getByLabel('Name in this notebook').waitFor();
    const example = readFileSync(
      fileURLToPath(new URL('../../examples/atmo-sub-index.algo.md', import.meta.url)),
    );
    await dialog.getByText(`fingerprint ${sha(example).slice(0, 12)}…`).waitFor();

    await dialog
      .getByLabel('Address of a catalog (catalog.json)')
      .fill(`${app.fixtures.url}site/catalog.json`);
    await dialog.getByRole('button', { name: 'Open the catalog' }).click();
    await dialog.getByRole('button', { name: 'The ATMO index (v2)' }).click();
    await dialog.getByText(`fingerprint ${sha(V2).slice(0, 12)}…`).waitFor();
    await dialog.getByRole('button', { name: 'Add the import' }).click();
    await pinnedNotice(page, 'indiceAtmo', sha(V2));
    const { front } = await savedFront(page, en['editor.saved']);
    expect(front.imports).toEqual({
      indiceAtmo: {
        url: `${app.fixtures.url}site/indice-atmo/v2.algo.md`,
        sha256: sha(V2),
        title: 'The ATMO index',
      },
    });
  });

  it('keeps a file from this computer in the browser, by its hash', async () => {
    const page = await app.page();
    await newNotebook(page, app.url, 'Importer');
    await page.getByRole('button', { name: 'Add an import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an import' });
    await dialog.getByRole('radio', { name: 'From a file' }).check();
    await dialog.getByLabel('Notebook file (.algo.md)').setInputFiles({
      name: 'atmo.algo.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(V1),
    });
    await dialog.getByRole('button', { name: 'Add the import' }).click();
    await pinnedNotice(page, 'indiceAtmo', sha(V1));
    const { front } = await savedFront(page, en['editor.saved']);
    expect(front.imports).toEqual({
      indiceAtmo: { url: 'atmo.algo.md', sha256: sha(V1), title: 'The ATMO index' },
    });
    const kept = await page.evaluate(
      (key) =>
        new Promise<{ origin?: string; size: number } | null>((resolve, reject) => {
          const open = indexedDB.open('algobook');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const read = open.result.transaction('datasets').objectStore('datasets').get(key);
            read.onsuccess = () => {
              open.result.close();
              const record = read.result as { origin?: string; data: Blob } | undefined;
              resolve(record ? { origin: record.origin, size: record.data.size } : null);
            };
          };
        }),
      sha(V1),
    );
    expect(kept).toEqual({ origin: 'file', size: Buffer.byteLength(V1) });
  });
});

describe('A newer version of an import', () => {
  it('is offered from the catalog, with the diff, and moving re-pins url and sha256', async () => {
    const v1 = `${app.fixtures.url}site/indice-atmo/v1.algo.md`;
    const v2 = `${app.fixtures.url}site/indice-atmo/v2.algo.md`;
    const importer = `---\nalgobook: 1\nid: importer\ntitle: Importer\nimports:\n  atmo:\n    url: ${v1}\n    sha256: ${sha(V1)}\n    title: ATMO\n---\n\n\`\`\`js\nconst x = 1;\n\`\`\`\n`;
    const page = await app.edit(app.serve('importer.algo.md', importer));
    const notice = page.getByRole('region', { name: 'A newer version of atmo' });
    await notice
      .getByText(
        'atmo: “The ATMO index” has a newer version in its catalog. This notebook imports v1; the latest is v2.',
      )
      .waitFor();
    await notice.getByText('What changed from v1 to v2').click();
    const diff = notice.getByRole('region', {
      name: en['publish.diff.label'].replace('{before}', 'v1').replace('{after}', 'v2'),
    });
    await diff.waitFor();
    expect(await diff.innerText()).toContain('const limit = 15;');
    await notice.getByRole('button', { name: 'Move to v2' }).click();
    await page.getByText(`atmo now imports the version ${sha(V2).slice(0, 8)}…`).waitFor();
    const { front } = await savedFront(page, en['editor.saved']);
    expect(front.imports).toEqual({ atmo: { url: v2, sha256: sha(V2), title: 'ATMO' } });
    // At the latest version, no notice.
    await notice.waitFor({ state: 'detached' });
  });
});

describe('Completions of imports', () => {
  it('lists the names the imported notebook defines, and the imports in use("', async () => {
    const page = await app.page();
    await page.goto(`${app.url}#/example/atmo-who-guideline.algo.md`);
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await page.getByRole('toolbar', { name: 'Notebook' }).waitFor();
    await waitForMonaco(page);
    // Cell 2 is the import cell: its names are typed between the braces.
    await typeCode(page, 2, 'import {  } from "atmo"');
    await page.keyboard.press('Home');
    for (let i = 0; i < 'import { '.length; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+Space');
    const options = page.getByRole('option');
    await options.filter({ hasText: 'subIndex' }).first().waitFor();
    const names = await options.allInnerTexts();
    for (const name of ['subIndex', 'LABELS', 'boundsPM25'])
      expect(names.some((text) => text.startsWith(name))).toBe(true);
    await page.keyboard.press('Escape');

    await typeCode(page, 2, 'const w = await use("');
    await page.keyboard.press('Control+Space');
    await options.filter({ hasText: /^atmo/ }).first().waitFor();
  });
});
