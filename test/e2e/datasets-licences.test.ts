import { describe, expect, it } from 'vitest';
import { readerUrl } from './support/notebook.ts';
import { startFakePortal } from '../support/fake-portal.ts';
import { dataPanel, notebookText } from './datasets-support.ts';
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
});
