import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import { canonicalText, notebookHash } from '../../../src/core/publish/canonical-text.ts';
import { freezeVersion } from '../../../src/core/publish/freeze.ts';
import { toStandaloneHtml } from '../../../src/core/publish/html-export.ts';
import { small, SHA_A } from './fixtures.ts';
import { deriveCard } from '../../../src/core/citizen/card.ts';
import { smallOutputs } from './outputs.ts';

describe('toStandaloneHtml', () => {
  it('is one page with no script, forbidding any by its Content-Security-Policy', async () => {
    const nb = small();
    const html = await toStandaloneHtml(nb, smallOutputs(nb));
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; img-src data: https:"`,
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    expect(html).not.toMatch(/<link /i);
  });

  it('escapes everything from the notebook: front matter, prose, table cells, values, errors', async () => {
    const nb = parse(`---
algobook: 1
id: x
title: "<script>alert('t')</script>"
summary: "a & b"
---

Prose with <b onclick="x()">raw html</b> and [a link](javascript:alert(1)) and [ok](https://example.org).

\`\`\`js
"</pre><script>alert(2)</script>"
\`\`\`
`);
    const outputs = smallOutputs(small());
    const [code] = nb.cells.filter((c) => c.kind === 'code');
    const mine = new Map([[code.id, [...outputs.values()].flat()]]);
    const html = await toStandaloneHtml(nb, mine);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<b onclick/);
    expect(html).not.toMatch(/<img src=x/);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<title>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;</title>');
    expect(html).toContain('<p class="summary" lang="en">a &amp; b</p>');
    expect(html).toContain('&lt;b onclick=&quot;x()&quot;&gt;');
    expect(html).toContain('<a href="https://example.org">ok</a>');
    expect(html).toContain('&quot;&lt;/pre&gt;&lt;script&gt;alert(2)&lt;/script&gt;&quot;');
    expect(html).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(html).toContain('<strong>TypeError</strong>: x is &lt;not&gt; a function');
  });

  it('bakes the outputs in: code folded, tables, charts as SVG images, inputs at their value', async () => {
    const nb = small();
    const html = await toStandaloneHtml(nb, smallOutputs(nb));
    expect(html).toContain(
      '<details><summary>Code of cell 2</summary><pre><code>const seuil = view(Inputs.range([0, 100], {label: &quot;Seuil&quot;, value: 50}))</code></pre></details>',
    );
    expect(html).toContain(
      '<summary>Code of cell 4 <span class="options">echo=false</span></summary>',
    );
    const svg = /<img src="data:image\/svg\+xml;base64,([^"]+)" alt="Chart \(bar\)">/.exec(html);
    expect(svg).not.toBeNull();
    expect(Buffer.from(svg![1], 'base64').toString('utf8')).toMatch(
      /^<svg[\s\S]*mark-rect[\s\S]*<\/svg>$/,
    );
    expect(html).toContain('<p class="input"><span>Seuil</span>: <output>50</output></p>');
    expect(html).toContain('<pre class="value">2100</pre>');
  });

  it('names the version, its hash and parent, and the datasets with sources, licences and hashes', async () => {
    const v = freezeVersion(small(), {
      previous: { version: 1, sha256: SHA_A },
      message: 'Second <try>',
      results: [],
      now: new Date(Date.UTC(2026, 10, 26, 9)),
    });
    const html = await toStandaloneHtml(v.notebook, new Map(), { sha256: v.sha256 });
    expect(html).toContain('<dt>Version</dt><dd>2</dd>');
    expect(html).toContain('<time datetime="2026-11-26T09:00:00Z">');
    expect(html).toContain('<dt>Message</dt><dd>Second &lt;try&gt;</dd>');
    expect(html).toContain(`<dt>SHA-256</dt><dd><code class="hash">${v.sha256}</code></dd>`);
    expect(html).toContain(`<dt>Parent</dt><dd><code class="hash">${SHA_A}</code></dd>`);
    expect(html).toContain('<h3><code>pop</code></h3>');
    expect(html).toContain('<dt>Licence</dt><dd>etalab-2.0</dd>');
    expect(html).toContain(`<dt>SHA-256</dt><dd><code class="hash">${'ab'.repeat(32)}</code></dd>`);
    // A relative path has no base in a downloaded page: it stays text.
    expect(html).toContain('<dt>File</dt><dd><code>data/pop.csv</code></dd>');
    expect(html).toContain(
      '<dt>Published</dt><dd><time datetime="2026-11-26T09:00:00Z">November 26, 2026 at 9:00 AM UTC</time></dd>',
    );
  });

  it('computes the hash of a draft (shown as a draft: html-export-lang.test.ts)', async () => {
    const nb = small();
    const html = await toStandaloneHtml(nb);
    expect(html).toContain(notebookHash(nb));
    expect(canonicalText(nb)).not.toContain('Draft');
  });

  it('shows the transparency card as the app does: words for keys, cells from 1, Markdown rendered, readable dates', async () => {
    const nb = cardNotebook();
    const html = await toStandaloneHtml(nb, new Map(), { card: deriveCard(nb) });
    const card = html.slice(html.indexOf('<section class="card"'));
    expect(card).toContain('<dt>Purpose</dt><dd lang="en">Inform &lt;everyone&gt;</dd>');
    expect(card).toContain(
      '<dt>Contribution to the decision</dt><dd class="missing">Not given by the author</dd>',
    );
    // The indicator is the fifth cell, linked as the page numbers it and named by the author's
    // heading in plain words (a link inside a link would be lost), its prose after it.
    expect(card).toContain(
      '<li><a href="#cell-5"><span lang="en">Sum the population of the cities</span></a> <span lang="en">Then times the factor.</span></li>',
    );
    expect(html).toContain('<section class="cell" id="cell-5" aria-label="Cell 5">');
    expect(card).toContain(
      '<dt>Retrieved</dt><dd><time datetime="2026-11-25">November 25, 2026</time></dd>',
    );
    expect(card).toContain(
      '<dt>Updated</dt><dd lang="en"><time datetime="2026-12-01">December 1, 2026</time></dd>',
    );
    expect(card).toContain(`<dt>SHA-256</dt><dd><code class="hash">${'ab'.repeat(32)}</code></dd>`);
    expect(card).toContain(
      '<dt>Contact</dt><dd lang="en"><a href="mailto:algo@example.org">algo@example.org</a></dd>',
    );
    expect(card).toContain(
      '<span lang="en">Factor</span>: <strong>2</strong> <span class="range">(1 – 5)</span>',
    );
    // No key of the card's JSON, no Markdown left raw.
    expect(card).not.toMatch(/Sha256|>Url<|>Legal basis<\/dt><dd>null|\*\*|##/);
    // A source that is not a web address stays text, whatever its scheme.
    expect(card).toContain('<dt>Source</dt><dd>javascript:alert(1)</dd>');
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it('links only http(s) and mailto addresses: a source in words, a relative path or a script stay text', async () => {
    const nb = cardNotebook();
    const html = await toStandaloneHtml(nb, new Map(), { card: deriveCard(nb) });
    expect(html).toContain('<dt>Source</dt><dd>javascript:alert(1)</dd>');
    expect(html).not.toMatch(/<a href="(?!https?:|mailto:|#)/);
    const words = parse(cardText().replace('javascript:alert(1)', 'INSEE, via @etalab'));
    const inWords = await toStandaloneHtml(words, new Map(), { card: deriveCard(words) });
    expect(inWords).toContain('<dt>Source</dt><dd>INSEE, via @etalab</dd>');
    const web = parse(cardText().replace('javascript:alert(1)', 'https://insee.fr/x'));
    const onWeb = await toStandaloneHtml(web, new Map(), { card: deriveCard(web) });
    expect(onWeb).toContain(
      '<dt>Source</dt><dd><a href="https://insee.fr/x">https://insee.fr/x</a></dd>',
    );
  });

  it('writes the card in French, dates included', async () => {
    const nb = cardNotebook();
    const html = await toStandaloneHtml(nb, new Map(), { card: deriveCard(nb), lang: 'fr' });
    expect(html).toContain('<dt>Finalité</dt>');
    expect(html).toContain(
      '<a href="#cell-5"><span lang="en">Sum the population of the cities</span></a>',
    );
    expect(html).toContain('<time datetime="2026-11-25">25 novembre 2026</time>');
    expect(html).toContain(
      '<dt>Contribution à la décision</dt><dd class="missing">Non indiqué par l’auteur</dd>',
    );
  });

  it('has no card unless given one', async () => {
    expect(await toStandaloneHtml(small())).not.toContain('Transparency card');
  });

  it('names the authors without their keys', async () => {
    const nb = small();
    nb.front.authors = [
      { name: 'Ada', url: 'https://ada.example', email: 'ada@example.org' },
      'Bob',
    ];
    const html = await toStandaloneHtml(nb);
    expect(html).toContain(
      '<dt>Authors</dt><dd><ul><li><a href="https://ada.example">Ada</a>, <a href="mailto:ada@example.org">ada@example.org</a></li><li>Bob</li></ul></dd>',
    );
  });
});

/** A notebook with a card's every kind of field: prose in Markdown, a dataset, an input. */
function cardText(): string {
  return `---
algobook: 1
id: cities
title: Cities
transparency:
  purpose: Inform <everyone>
  contact: algo@example.org
  updated: 2026-12-01
datasets:
  cities:
    url: data/cities.csv
    format: csv
    sha256: ${'ab'.repeat(32)}
    source: javascript:alert(1)
    retrieved: 2026-11-25
---

## Cities

\`\`\`js
const cities = await dataset('cities');
\`\`\`

\`\`\`js
const factor = view(Inputs.range([1, 5], { label: 'Factor', value: 2 }));
\`\`\`

## Sum the **population** of [the cities](https://example.org/cities)

Then times the factor.

\`\`\`js indicator
cities.rollup({ t: op.sum('population') }).get('t', 0) * factor
\`\`\`
`;
}

function cardNotebook() {
  return parse(cardText());
}
