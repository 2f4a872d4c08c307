import { describe, expect, it } from 'vitest';
import { readerUrl } from './support/notebook.ts';
import { startFakePortal } from '../support/fake-portal.ts';
import { dataPanel, datasetCard, notebookText } from './datasets-support.ts';
import { useApp, useServer } from './support/use-app.ts';

const app = useApp();
const portal = useServer(startFakePortal);

const FILE = '/files/paris-arrondissements.csv';

function publish(path: string, license: string) {
  const spec = { url: `${portal.url}${FILE}`, format: 'csv', sha256: portal.sha256(FILE) };
  portal.setFile(
    path,
    notebookText(
      {
        stations: { ...spec, license: 'ODbL-1.0', source: 'Airparif' },
        communes: {
          ...spec,
          license: 'etalab-2.0',
          source: 'Ville de Paris',
          title: 'Arrondissements',
          modified: '2024-01-02',
        },
      },
      ['1 + 1'],
      { license },
    ),
  );
}

describe('licences of the datasets', () => {
  it('warn when an ODbL input feeds a notebook under another licence, and give the credits', async () => {
    publish('/nb/eupl.algo.md', 'EUPL-1.2');
    const page = await app.page();
    await page.goto(readerUrl(app.server.url, `${portal.url}/nb/eupl.algo.md`));
    const licences = dataPanel(page).getByRole('region', { name: 'Licences and attribution' });
    await licences.waitFor();
    expect(await licences.getByRole('alert').innerText()).toMatch(
      /^Dataset "stations" is under ODbL: a database derived from it must stay under ODbL \(share-alike\)\. This notebook’s licence \(EUPL-1\.2\)/,
    );
    const credits = await licences.getByRole('listitem').allInnerTexts();
    expect(credits).toContainEqual(
      expect.stringContaining(
        'Arrondissements: Ville de Paris, licence Licence Ouverte / Open Licence 2.0 (Etalab), last updated 2024-01-02.',
      ),
    );
    expect(credits).toContainEqual(expect.stringContaining('stations: Airparif'));
  });

  it('say nothing of share-alike when the notebook is under the ODbL itself; in French too', async () => {
    publish('/nb/odbl.algo.md', 'ODbL-1.0');
    const page = await app.page({ language: 'fr' });
    await page.goto(readerUrl(app.server.url, `${portal.url}/nb/odbl.algo.md`));
    const licences = page.getByRole('region', { name: 'Licences et attribution' });
    await licences.waitFor();
    expect(await licences.getByRole('alert').count()).toBe(0);
    expect(await licences.getByRole('listitem').allInnerTexts()).toContainEqual(
      expect.stringContaining(
        'Arrondissements\u00a0: Ville de Paris, licence Licence Ouverte / Open Licence 2.0 (Etalab), dernière mise à jour le 2024-01-02.',
      ),
    );
  });

  it('flag a licence that names a family without its version, in its card; in French too', async () => {
    const spec = { url: `${portal.url}${FILE}`, format: 'csv', sha256: portal.sha256(FILE) };
    portal.setFile(
      '/nb/unversioned.algo.md',
      notebookText(
        { loose: { ...spec, license: 'cc by' }, pinned: { ...spec, license: 'CC-BY-4.0' } },
        ['1 + 1'],
      ),
    );
    const page = await app.newPage();
    try {
      await page.goto(readerUrl(app.server.url, `${portal.url}/nb/unversioned.algo.md`));
      const loose = datasetCard(page, 'loose').getByRole('note');
      await loose.waitFor();
      expect(await loose.innerText()).toBe(
        'The licence "cc by" names CC-BY without its version, and the obligations differ between versions: state it (e.g. CC-BY-4.0). Until then, what every version obliges applies.',
      );
      expect(await datasetCard(page, 'pinned').getByRole('note').count()).toBe(0);
    } finally {
      await page.context().close();
    }
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    const french = await app.newPage(context);
    try {
      await french.goto(readerUrl(app.server.url, `${portal.url}/nb/unversioned.algo.md`));
      const note = french
        .getByRole('region', { name: 'Jeu de données loose', exact: true })
        .getByRole('note');
      await note.waitFor();
      expect(await note.innerText()).toMatch(
        /^La licence «\u00a0cc by\u00a0» nomme CC-BY sans sa version/,
      );
    } finally {
      await context.close();
    }
  });
});
