import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import { canonicalText, notebookHash } from '../../../src/core/publish/canonical-text.ts';
import { freezeVersion } from '../../../src/core/publish/freeze.ts';
import { toStandaloneHtml } from '../../../src/core/publish/html-export.ts';
import { small, SHA_A } from './fixtures.ts';
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
      '<details><summary>Code of cell 1</summary><pre><code>const seuil = view(Inputs.range([0, 100], {label: &quot;Seuil&quot;, value: 50}))</code></pre></details>',
    );
    expect(html).toContain(
      '<summary>Code of cell 3 <span class="options">echo=false</span></summary>',
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
    expect(html).toContain('<a href="data/pop.csv">data/pop.csv</a>');
  });

  it('computes the hash of a draft (shown as a draft: html-export-lang.test.ts)', async () => {
    const nb = small();
    const html = await toStandaloneHtml(nb);
    expect(html).toContain(notebookHash(nb));
    expect(canonicalText(nb)).not.toContain('Draft');
  });

  it('shows a transparency card, whatever its shape, as definition lists', async () => {
    const card = {
      purpose: 'Inform <everyone>',
      legalBasis: 'Arrêté du 10 juillet 2020',
      datasets: [{ name: 'pop', license: 'etalab-2.0' }],
      contact: 'https://example.org/contact',
    };
    const html = await toStandaloneHtml(small(), new Map(), { card });
    expect(html).toContain(
      '<section class="card" id="card"><h2>Transparency card</h2><dl><dt>Purpose</dt><dd>Inform &lt;everyone&gt;</dd><dt>Legal basis</dt><dd>Arrêté du 10 juillet 2020</dd>',
    );
    expect(html).toContain(
      '<ul><li><dl><dt>Name</dt><dd>pop</dd><dt>License</dt><dd>etalab-2.0</dd></dl></li></ul>',
    );
    expect(html).toContain('<a href="https://example.org/contact">https://example.org/contact</a>');
    expect(await toStandaloneHtml(small())).not.toContain('Transparency card');
  });
});
