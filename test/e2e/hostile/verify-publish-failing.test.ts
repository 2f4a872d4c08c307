/**
 * A notebook whose cells fail is not published in the browser, as `algobook publish` refuses
 * it: its errors would be frozen as its results, and a version would "reproduce" an error. The
 * form names the failing cells, in English and in French, and no version is stored.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readerUrl, waitForMonaco } from '../support/notebook.ts';
import { storedVersions } from '../fixtures/publish/steps.ts';
import { useApp } from '../support/use-app.ts';

const app = useApp({ fixtures: true });
const { fixtures } = app;

async function tryToPublish(
  page: Page,
  labels: { edit: string; toolbar: string; open: string; message: string; submit: RegExp },
) {
  await page.goto(readerUrl(app.server.url, `${fixtures.url}verify/failing.algo.md`));
  await page.getByRole('button', { name: labels.edit }).click();
  await page.getByRole('toolbar', { name: labels.toolbar }).waitFor();
  await waitForMonaco(page);
  await page.getByRole('button', { name: labels.open }).click();
  await page.getByRole('textbox', { name: labels.message }).fill('With errors');
  await page.getByRole('button', { name: labels.submit }).click();
  const alert = page.getByRole('alert').filter({ hasText: /^(Not published|Non publié)/ });
  await alert.waitFor({ timeout: 60_000 });
  return alert;
}

describe('publishing in the browser', () => {
  it('refuses a notebook with failing cells and names them', async () => {
    const page = await app.page();
    const alert = await tryToPublish(page, {
      edit: 'Edit a copy',
      toolbar: 'Notebook',
      open: 'Publish…',
      message: 'What changed',
      submit: /^Publish version 1$/,
    });
    const text = await alert.innerText();
    expect(text).toContain(
      'Not published: 2 cells fail. A version records the results of a notebook that runs; fix them first:',
    );
    expect(text).toMatch(/Cell 3: ReferenceError: notDefinedAnywhere is not defined/);
    expect(text).toMatch(/Cell 4: \w+: .*nope/);
    expect(text).not.toContain('Cell 2:');
    expect(await storedVersions(page)).toEqual([]);
  });

  it('says so in French', async () => {
    const page = await app.page({ language: 'fr' });
    const alert = await tryToPublish(page, {
      edit: 'Modifier une copie',
      toolbar: 'Carnet',
      open: 'Publier…',
      message: 'Ce qui a changé',
      submit: /^Publier la version 1$/,
    });
    const text = await alert.innerText();
    expect(text).toContain('Non publié\u00a0: 2 cellules échouent.');
    expect(text).toMatch(/Cellule 3\u00a0: ReferenceError/);
    expect(await storedVersions(page)).toEqual([]);
  });
});
