import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import { toStandaloneHtml } from '../../../src/core/publish/html-export.ts';
import { toIpynb } from '../../../src/core/publish/ipynb-export.ts';
import { EXPORT_LABELS } from '../../../src/core/publish/export-labels.ts';
import { listParam } from '../../../src/core/errors/index.ts';
import { freezeVersion } from '../../../src/core/publish/freeze.ts';
import type { ExportOutput } from '../../../src/core/publish/types.ts';
import { small, SHA_A } from './fixtures.ts';
import { smallOutputs } from './outputs.ts';

/** The small notebook with a dataset's size, and a third cell failing with algobook's own error. */
function frenchCase() {
  const nb = small();
  const pop = nb.front.datasets?.pop;
  if (pop) pop.bytes = 1234567;
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

/** The English labels of the export, as patterns ("{n} rows" matches "2 rows"). */
const ENGLISH = Object.entries(EXPORT_LABELS.en)
  .filter(([key, text]) => text !== EXPORT_LABELS.fr[key as keyof typeof EXPORT_LABELS.fr])
  .flatMap(([, text]) => text.split('|'))
  .map((text) =>
    text
      .replace(/<[^>]+>/g, '')
      .split(/\{\w+\}/)
      .map((part) => part.trim())
      .filter((part) => part.length >= 4),
  )
  .flat();

describe('toStandaloneHtml in French', () => {
  it('writes every label, number and algobook error in French, and says the page is French', async () => {
    const { nb, outputs } = frenchCase();
    const card = { purpose: 'Informer', legalBasis: 'Arrêté du 10 juillet 2020' };
    const html = await toStandaloneHtml(nb, outputs, { lang: 'fr', card });
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).toContain('<summary>Code de la cellule 1</summary>');
    expect(html).toContain('aria-label="Cellule 2"');
    expect(html).toContain('<caption>2 lignes × 2 colonnes</caption>');
    expect(html).toContain('<dt>Version</dt><dd>Brouillon (non publié)</dd>');
    expect(html).toContain('<dt>Taille</dt><dd>1\u202f234\u202f567 octets</dd>');
    expect(html).toContain('<h2>Jeux de données</h2>');
    expect(html).toContain('<h2>Fiche de transparence</h2><dl><dt>Finalité</dt>');
    expect(html).toContain('<dt>Base légale</dt>');
    expect(html).toContain('alt="Graphique (bar)"');
    expect(html).toContain(
      '<strong>RuntimeError</strong>: dup est défini plusieurs fois (cellules 4 et 5)',
    );
    // The notebook's own error stays as it was thrown.
    expect(html).toContain('<strong>TypeError</strong>: x is &lt;not&gt; a function');
    // The text a reader sees (labels in attributes are checked above).
    const text = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]*>/g, ' ');
    for (const english of ENGLISH) {
      const word = english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(text, english).not.toMatch(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u'));
    }
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

  it('stays in English by default', async () => {
    const { nb, outputs } = frenchCase();
    const html = await toStandaloneHtml(nb, outputs);
    expect(html).toContain('<dt>Size</dt><dd>1,234,567 bytes</dd>');
    expect(html).toContain('dup is defined more than once (cells 4 and 5)');
  });
});

describe('toIpynb in French', () => {
  it("words tables, charts and algobook's errors in French", async () => {
    const { nb, outputs } = frenchCase();
    const ipynb = JSON.parse(await toIpynb(nb, outputs, { lang: 'fr' })) as {
      cells: { outputs?: { data?: Record<string, string[]>; evalue?: string }[] }[];
    };
    const all = ipynb.cells.flatMap((cell) => cell.outputs ?? []);
    const plain = all.map((o) => (o.data?.['text/plain'] ?? []).join('')).join('\n');
    expect(plain).toContain('Tableau\u00a0: 2 lignes × 2 colonnes');
    expect(plain).toContain('Graphique (bar)');
    expect(all.map((o) => o.evalue)).toContain('dup est défini plusieurs fois (cellules 4 et 5)');
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
