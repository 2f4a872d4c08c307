/**
 * A file as a French portal publishes it (Windows-1252, `;`, decimal commas), with one value of
 * its numbers column that is not a number: the column stays text and the data panel says why,
 * in the reader's language, on a phone too.
 */
import { describe, expect, it } from 'vitest';
import { cell, waitForOutput } from './support/notebook.ts';
import { expectNoSidewaysScroll } from './support/layout.ts';
import { datasetCard, notebookText, sha256 } from './datasets-support.ts';
import { useApp } from './support/use-app.ts';

const CSV =
  'code_insee;nom;surface_km2\r\n' +
  '75101;Paris 1er;1,83\r\n' +
  '91228;Évry-Courcouronnes;17,25\r\n' +
  '42218;Saint-Étienne;n/a\r\n' +
  '13055;Marseille;240,62\r\n';
const BYTES = Buffer.from(CSV, 'latin1');

const app = useApp({
  routes: { '/communes.csv': () => ({ type: 'text/csv', body: BYTES }) },
  notebooks: () => ({
    'notes.algo.md': notebookText(
      { communes: { url: 'communes.csv', format: 'csv', sha256: sha256(BYTES) } },
      [
        "const t = await dataset('communes');",
        "md`${typeof t.get('surface_km2', 0)} ${t.array('nom').join(', ')}`",
      ],
    ),
  }),
});

describe('column notes in the data panel', () => {
  it('say which column stays text and why, with the accented names read', async () => {
    const page = await app.read('notes.algo.md');
    await waitForOutput(
      cell(page, 2),
      'string',
      /^string Paris 1er, Évry-Courcouronnes, Saint-Étienne, Marseille$/,
    );
    const notes = datasetCard(page, 'communes').getByRole('region', {
      name: 'How the columns of “communes” were read',
    });
    await expect
      .poll(() => notes.getByRole('listitem').allInnerTexts())
      .toEqual([
        'Column "surface_km2" is read as text: its values are numbers, but "n/a" on line 4 is not',
      ]);
  });

  it('are worded in French, and fit a phone', async () => {
    const page = await app.read('notes.algo.md', {
      language: 'fr',
      viewport: { width: 390, height: 844 },
    });
    const notes = page
      .getByRole('region', { name: 'Jeu de données communes', exact: true })
      .getByRole('region', { name: 'Comment les colonnes de «\u00a0communes\u00a0» ont été lues' });
    await expect
      .poll(() => notes.getByRole('listitem').allInnerTexts())
      .toEqual([
        'La colonne «\u00a0surface_km2\u00a0» est lue comme du texte\u00a0: ses valeurs sont des nombres, sauf «\u00a0n/a\u00a0» à la ligne 4',
      ]);
    await expectNoSidewaysScroll(page, 390);
  });
});
