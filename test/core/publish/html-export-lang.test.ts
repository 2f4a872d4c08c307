import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import { toStandaloneHtml } from '../../../src/core/publish/html-export.ts';
import { toIpynb } from '../../../src/core/publish/ipynb-export.ts';
import { englishLabelsIn } from '../../support/export-english.ts';
import { listParam } from '../../../src/core/errors/index.ts';
import { freezeVersion } from '../../../src/core/publish/freeze.ts';
import { deriveCard } from '../../../src/core/citizen/card.ts';
import type { Notebook } from '../../../src/core/format/types.ts';
import type { ExportOutput } from '../../../src/core/publish/types.ts';
import { small, SHA_A } from './fixtures.ts';
import { smallOutputs } from './outputs.ts';

/** The small notebook with a dataset's size, and a third cell failing with algobook's own error. */
function frenchCase() {
  const nb = small();
  const pop = nb.front.datasets?.pop;
  if (pop) Object.assign(pop, { bytes: 1234567, retrieved: '2026-11-25' });
  const outputs = smallOutputs(nb);
  const [, , , product] = nb.cells;
  const error: ExportOutput = {
    kind: 'error',
    name: 'RuntimeError',
    message: 'dup is defined more than once (cells 4 and 5)',
    code: 'duplicate-definition',
    params: { name: 'dup', cells: listParam(['4', '5']) },
  };
  outputs.set(product.id, [...(outputs.get(product.id) ?? []), error]);
  return { nb, outputs };
}

/** The small notebook's card, with two of the author's fields. */
function cardOf(nb: Notebook) {
  return { ...deriveCard(nb), purpose: 'Informer', legalBasis: 'Arrêté du 10 juillet 2020' };
}

/** Where each label stands in the export, in each language: one table for both. */
const LABELS = {
  en: [
    '<html lang="en">',
    '<summary>Code of cell 2</summary>',
    'aria-label="Cell 3"',
    '<caption>2 rows × 2 columns</caption>',
    '<dt>Version</dt><dd>Draft (not published)</dd>',
    '<dt>Size</dt><dd>1,234,567 bytes</dd>',
    '<h2>Datasets</h2>',
    '<h2 id="card-title">Transparency card</h2>',
    '<dt>Purpose</dt>',
    '<dt>Retrieved</dt><dd><time datetime="2026-11-25">November 25, 2026</time></dd>',
    '<a href="#cell-3"><span lang="',
    '<dt>Legal basis</dt>',
    'alt="Chart (bar)"',
    '<strong>RuntimeError</strong>: dup is defined more than once (cells 4 and 5)',
  ],
  fr: [
    '<html lang="fr">',
    '<summary>Code de la cellule 2</summary>',
    'aria-label="Cellule 3"',
    '<caption>2 lignes × 2 colonnes</caption>',
    '<dt>Version</dt><dd>Brouillon (non publié)</dd>',
    '<dt>Taille</dt><dd>1\u202f234\u202f567 octets</dd>',
    '<h2>Jeux de données</h2>',
    '<h2 id="card-title">Fiche de transparence</h2>',
    '<dt>Finalité</dt>',
    '<dt>Récupéré le</dt><dd><time datetime="2026-11-25">25 novembre 2026</time></dd>',
    '<a href="#cell-3"><span lang="',
    '<dt>Base légale</dt>',
    'alt="Graphique (bar)"',
    '<strong>Erreur d’exécution</strong>: dup est défini plusieurs fois (cellules 4 et 5)',
  ],
};

describe('toStandaloneHtml in a language', () => {
  it.each([
    ['English, by default', undefined, LABELS.en],
    ['French', 'fr' as const, LABELS.fr],
  ])('writes every label, number and algobook error in %s', async (_, lang, labels) => {
    const { nb, outputs } = frenchCase();
    const card = cardOf(nb);
    const html = await toStandaloneHtml(nb, outputs, { card, ...(lang && { lang }) });
    expect(html).toMatch(/^<!doctype html>\n<html lang="/);
    for (const label of labels) expect(html).toContain(label);
    // The notebook's own error stays as it was thrown.
    expect(html).toContain('<strong>TypeError</strong>: x is &lt;not&gt; a function');
  });

  it('leaves no English label in French', async () => {
    const { nb, outputs } = frenchCase();
    const html = await toStandaloneHtml(nb, outputs, { lang: 'fr', card: cardOf(nb) });
    // The text a reader sees (labels in attributes are checked above).
    expect(englishLabelsIn(html)).toEqual([]);
  });

  it('names a published version and its origin in French', async () => {
    const v = freezeVersion(small(), {
      previous: { version: 1, sha256: SHA_A },
      message: 'Deuxième essai',
      results: [],
      now: new Date(Date.UTC(2026, 10, 26, 9)),
    });
    const html = await toStandaloneHtml(v.notebook, new Map(), { sha256: v.sha256, lang: 'fr' });
    expect(html).toContain('<dt>Publié le</dt>');
    expect(html).toContain(`<dt>Parent</dt><dd><code class="hash">${SHA_A}</code></dd>`);
    expect(html).toContain('<dt>Identifiant du carnet</dt>');
  });
});

describe('toIpynb in French', () => {
  it("words tables, charts and algobook's errors, their titles too, in French", async () => {
    const { nb, outputs } = frenchCase();
    const ipynb = JSON.parse(await toIpynb(nb, outputs, { lang: 'fr' })) as {
      cells: {
        outputs?: { data?: Record<string, string[]>; evalue?: string; ename?: string }[];
      }[];
    };
    const all = ipynb.cells.flatMap((cell) => cell.outputs ?? []);
    const plain = all.map((o) => (o.data?.['text/plain'] ?? []).join('')).join('\n');
    expect(plain).toContain('Tableau\u00a0: 2 lignes × 2 colonnes');
    expect(plain).toContain('Graphique (bar)');
    expect(all.map((o) => o.evalue)).toContain('dup est défini plusieurs fois (cellules 4 et 5)');
    expect(all.map((o) => o.ename)).toContain('Erreur d’exécution');
  });
});

describe('parse', () => {
  it('keeps the lang key of the front matter', () => {
    const nb = parse('---\nalgobook: 1\nid: a\ntitle: A\nlang: fr\n---\n');
    expect(nb.front.lang).toBe('fr');
  });
});

describe('the notebook’s own words in the HTML export', () => {
  it('carry the notebook’s lang (English by default) while the labels keep the export’s', async () => {
    const nb = small();
    const english = await toStandaloneHtml(nb, new Map(), { lang: 'fr' });
    expect(english).toMatch(/^<html lang="fr">/m);
    expect(english).toContain('<h1 lang="en">Small</h1>');
    expect(english).toMatch(/<div class="prose" lang="en">/);
    nb.front.lang = 'fr';
    const french = await toStandaloneHtml(nb, new Map(), { lang: 'en' });
    expect(french).toMatch(/^<html lang="en">/m);
    expect(french).toContain('<h1 lang="fr">Small</h1>');
    expect(french).not.toMatch(/<div class="prose"(?! lang="fr")/);
  });
});
