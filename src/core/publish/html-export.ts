import { bytesToBase64 } from '../encoding/base64.ts';
import { errorName } from '../errors/error-names.ts';
import { errorText } from '../errors/translate.ts';
// French exports word their errors in French.
import '../errors/french.ts';
import type { DatasetSpec, Notebook } from '../format/types.ts';
import { contentLang } from '../format/content-lang.ts';
import { notebookHash } from './canonical-text.ts';
import { chartSvg } from './chart-svg.ts';
import { escapeHtml as esc } from './escape.ts';
import { chartLabel, inputText, tableHtml, valueText } from './output-text.ts';
import { safeMarkdown } from './safe-markdown.ts';
import type { ExportOutput, HtmlExportOptions, OutputsByCell } from './types.ts';
import { HTML_STYLE } from './html-style.ts';
import { exportWords, type ExportLang, type ExportWords } from './export-labels.ts';
import { dateHtml } from './export-date.ts';
import { linkHtml, textOrLink } from './export-link.ts';
import { cardCompleteness } from '../citizen/completeness.ts';
import { cardHtml } from './html-card.ts';
import { importedHtml } from './html-imported.ts';

/**
 * One self-contained HTML page a citizen can open offline and read without running anything:
 * the prose, each code cell folded under its outputs (charts drawn as SVG images), the datasets
 * with their sources, licences and hashes, the version and its hash, and the transparency card
 * when given. No script; a Content-Security-Policy forbids any, and everything from the notebook
 * is escaped. Its labels, numbers and algobook's own errors are in `options.lang` (English by
 * default); the notebook's own words are not translated. The notebooks it imports
 * (`options.imports`) come first, each marked with its source and hash.
 */
export async function toStandaloneHtml(
  notebook: Notebook,
  outputs: OutputsByCell = new Map(),
  options: HtmlExportOptions = {},
): Promise<string> {
  const page = await standaloneParts(notebook, outputs, options);
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data: https:">
<meta name="generator" content="algobook">
<title>${page.title}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
${page.main}
</body>
</html>
`;
}

/** The standalone page's parts: its language, its title (escaped) and its `<main>`. */
export interface StandaloneParts {
  lang: ExportLang;
  title: string;
  main: string;
}

/**
 * What `toStandaloneHtml` puts in its page, for pages that add their own head around it (the
 * published page of a version, `published-page.ts`).
 */
export async function standaloneParts(
  notebook: Notebook,
  outputs: OutputsByCell = new Map(),
  options: HtmlExportOptions = {},
): Promise<StandaloneParts> {
  const { front } = notebook;
  const sha256 = options.sha256 ?? notebookHash(notebook);
  const lang = options.lang ?? 'en';
  const w = exportWords(lang);
  // The labels are in the reader's language; the notebook's own words in the notebook's.
  const own = ` lang="${contentLang(front)}"`;
  // Imported notebooks first, as they run before the cells that read them; none, no line.
  const body: string[] = [importedHtml(options.imports, w)].filter(Boolean);
  // Cells are numbered as the app numbers them: every cell counts, from 1.
  for (const [index, cell] of notebook.cells.entries()) {
    if (cell.kind === 'markdown') {
      body.push(`<div class="prose"${own}>${safeMarkdown(cell.source)}</div>`);
      continue;
    }
    const code = index + 1;
    const rendered: string[] = [];
    for (const output of outputs.get(cell.id) ?? []) rendered.push(await outputHtml(output, w));
    const options = cell.options ? ` <span class="options">${esc(cell.options)}</span>` : '';
    body.push(
      `<section class="cell" id="cell-${code}" aria-label="${w('cell', { n: code })}">` +
        `<details><summary>${w('codeOf', { n: code })}${options}</summary><pre><code>${esc(cell.source)}</code></pre></details>` +
        (rendered.length ? `<div class="outputs">${rendered.join('\n')}</div>` : '') +
        `</section>`,
    );
  }
  return {
    lang,
    title: esc(front.title),
    main: `<main>
<header>
<h1${own}>${esc(front.title)}</h1>
${front.summary ? `<p class="summary"${own}>${esc(String(front.summary))}</p>` : ''}
${aboutHtml(notebook, sha256, w)}
</header>
${body.join('\n')}
${datasetsHtml(front.datasets ?? {}, w)}
${options.card ? cardHtml(options.card, w, own, cardCompleteness(notebook)) : ''}
<footer><p>${w(options.footer ?? 'footer')}</p></footer>
</main>`,
  };
}

function aboutHtml(notebook: Notebook, sha256: string, w: ExportWords): string {
  const { front } = notebook;
  const rows: [string, string][] = [];
  const lang = w.lang;
  rows.push([w('version'), front.version === undefined ? w('draft') : esc(String(front.version))]);
  if (typeof front.published === 'string')
    rows.push([w('published'), dateHtml(front.published, lang)]);
  if (typeof front.message === 'string') rows.push([w('message'), esc(front.message)]);
  rows.push(['SHA-256', `<code class="hash">${esc(sha256)}</code>`]);
  if (front.parent) rows.push([w('parent'), `<code class="hash">${esc(front.parent)}</code>`]);
  if (front.forkOf) {
    const name = w('forkOrigin', {
      id: esc(front.forkOf.id),
      version: esc(String(front.forkOf.version)),
    });
    const origin = `${name} (<code class="hash">${esc(front.forkOf.sha256)}</code>)`;
    rows.push([w('forkedFrom'), front.forkOf.url ? linkHtml(front.forkOf.url, origin) : origin]);
  }
  if (front.license) rows.push([w('licence'), esc(front.license)]);
  if (front.authors !== undefined && front.authors !== null)
    rows.push([w('authors'), authorsHtml(front.authors)]);
  rows.push([w('notebookId'), `<code>${esc(front.id)}</code>`]);
  return `<dl class="about">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function datasetsHtml(datasets: Record<string, DatasetSpec>, w: ExportWords): string {
  const entries = Object.entries(datasets);
  if (!entries.length) return '';
  const items = entries.map(([name, spec]) => {
    const rows: [string, string][] = [];
    if (spec.title) rows.push([w('title'), esc(spec.title)]);
    if (spec.source) rows.push([w('source'), linkHtml(spec.source, esc(spec.source))]);
    rows.push([w('file'), linkHtml(spec.url, `<code>${esc(spec.url)}</code>`)]);
    rows.push([w('format'), esc(spec.format)]);
    rows.push([w('licence'), spec.license ? esc(spec.license) : w('notStated')]);
    rows.push(['SHA-256', `<code class="hash">${esc(spec.sha256)}</code>`]);
    if (typeof spec.bytes === 'number') rows.push([w('size'), w('bytes', { n: spec.bytes })]);
    if (spec.retrieved) rows.push([w('retrieved'), dateHtml(spec.retrieved, w.lang)]);
    if (spec.modified) rows.push([w('modified'), dateHtml(spec.modified, w.lang)]);
    if (spec.portal) {
      rows.push([
        w('portal'),
        `${esc(spec.portal.kind)}: ${linkHtml(spec.portal.base, esc(spec.portal.base))}, ${w('portalDataset')} <code>${esc(spec.portal.dataset)}</code>`,
      ]);
    }
    if (spec.mirrors?.length)
      rows.push([w('mirrors'), spec.mirrors.map((m) => linkHtml(m, esc(m))).join('<br>')]);
    return `<section class="dataset"><h3><code>${esc(name)}</code></h3><dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl></section>`;
  });
  return `<section class="datasets" id="datasets"><h2>${w('datasets')}</h2>${items.join('\n')}</section>`;
}

async function outputHtml(output: ExportOutput, w: ExportWords): Promise<string> {
  switch (output.kind) {
    case 'value':
      return `<pre class="value">${esc(valueText(output))}</pre>`;
    case 'table':
      return `<div class="table">${tableHtml(output, w)}</div>`;
    case 'chart': {
      const label = chartLabel(output.spec, w);
      try {
        const svg = await chartSvg(output.spec);
        // As an image, the drawing cannot run anything, whatever text the data put in it.
        const src = `data:image/svg+xml;base64,${base64(svg)}`;
        return `<figure class="chart"><img src="${src}" alt="${esc(label)}"><figcaption>${esc(label)}</figcaption></figure>`;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return `<p class="error">${w('chartFailed', { reason: esc(reason) })}</p>`;
      }
    }
    case 'markdown':
      return `<div class="prose">${safeMarkdown(output.markdown)}</div>`;
    case 'input': {
      const label = output.input.label ?? w('input');
      return `<p class="input"><span>${esc(label)}</span>: <output>${esc(inputText(output.value))}</output></p>`;
    }
    case 'error': {
      // algobook's own errors in the export's language; a notebook's own as it threw them.
      const message = errorText(w.lang, output.code, output.params, output.message);
      const title = errorName(w.lang, output.name, output.code !== undefined);
      return `<p class="error"><strong>${esc(title)}</strong>: ${esc(message)}</p>`;
    }
  }
}

/**
 * The authors as the front matter gives them: a name, or a list of names or of mappings
 * (`name`, `email`, `url`, anything else in words after them), never their keys.
 */
function authorsHtml(authors: unknown): string {
  const one = (author: unknown): string => {
    if (typeof author !== 'object' || author === null) return esc(String(author));
    const { name, email, url, ...rest } = author as Record<string, unknown>;
    const shown = typeof name === 'string' ? esc(name) : '';
    const parts = [typeof url === 'string' && shown ? linkHtml(url, shown) : shown];
    if (typeof email === 'string') parts.push(textOrLink(email));
    if (typeof url === 'string' && !shown) parts.push(linkHtml(url, esc(url)));
    for (const value of Object.values(rest))
      if (typeof value === 'string' || typeof value === 'number') parts.push(esc(String(value)));
    return parts.filter(Boolean).join(', ');
  };
  if (!Array.isArray(authors)) return one(authors);
  return `<ul>${authors.map((author) => `<li>${one(author)}</li>`).join('')}</ul>`;
}

function base64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}
