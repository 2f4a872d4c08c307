import { beginMonth } from '../citizen/begin-month.ts';
import { CARD_FIELDS_FIRST, OPTIONAL_FIELDS, type CARD_FIELDS_LAST } from '../citizen/card.ts';
import type { Completeness } from '../citizen/completeness.ts';
import type { TransparencyCard } from '../citizen/types.ts';
import { dateHtml } from './export-date.ts';
import { gapWords, statusWords } from './export-gaps.ts';
import type { ExportWords } from './export-labels.ts';
import { linkHtml, textOrLink } from './export-link.ts';
import { escapeHtml as esc } from './escape.ts';
import { safeInlineMarkdown } from './safe-markdown.ts';

type Field = (typeof CARD_FIELDS_FIRST)[number] | (typeof CARD_FIELDS_LAST)[number];

/**
 * The transparency card of the standalone page, as the app's card shows it (CardView): the
 * author's fields worded and translated, the datasets with their source, licence, retrieval date
 * and hash, the parameters at their values, and the operations, each naming the cell the page
 * numbers as the app does (from 1, every cell counted) with the first paragraph of its prose
 * rendered through the notebook profile. `own` is the `lang` attribute of the author's words.
 * The register fields an author may leave out (begin, theme, risks, human review) are left out
 * when not written; the status and start month are the page's words. `completeness`, when given,
 * ends the card with "9 of 12 fields" and the checklist's gaps.
 */
export function cardHtml(
  card: TransparencyCard,
  w: ExportWords,
  own: string,
  completeness?: Completeness,
): string {
  const missing = `<dd class="missing">${esc(w('notGiven'))}</dd>`;
  const field = (key: Field, html: (text: string) => string = esc) => {
    const value = card[key];
    if (value === null && (OPTIONAL_FIELDS as readonly string[]).includes(key)) return '';
    if (key === 'status' && card.status !== null)
      return `<dt>${esc(w(key))}</dt><dd>${esc(statusWords(card.status, w))}</dd>`;
    if (key === 'begin' && card.begin !== null)
      return `<dt>${esc(w(key))}</dt><dd><time datetime="${esc(card.begin)}">${esc(beginMonth(card.begin, w.lang))}</time></dd>`;
    return `<dt>${esc(w(key))}</dt>${value === null ? missing : `<dd${own}>${html(value)}</dd>`}`;
  };
  const none = `<p class="missing">${esc(w('none'))}</p>`;
  const data = card.data.map((d) => {
    const given = (html: string | null) => (html === null ? missing : `<dd>${html}</dd>`);
    const title = d.title ? `: <span${own}>${esc(d.title)}</span>` : '';
    const rows = [
      `<dt>${w('source')}</dt>${given(d.source && linkHtml(d.source, esc(d.source)))}`,
      `<dt>${w('licence')}</dt>${given(d.license && esc(d.license))}`,
      `<dt>${w('retrieved')}</dt>${given(d.retrieved && dateHtml(d.retrieved, w.lang))}`,
      `<dt>SHA-256</dt>${given(d.sha256 && `<code class="hash">${esc(d.sha256)}</code>`)}`,
    ];
    return `<li><p><strong>${esc(d.name)}</strong>${title}</p><dl>${rows.join('')}</dl></li>`;
  });
  const algorithms = card.algorithms.map((a) => {
    const title = a.title ? `: <span${own}>${esc(a.title)}</span>` : '';
    const version = a.version === null ? '' : `, ${esc(w('algorithmVersion', { n: a.version }))}`;
    const rows = [
      `<dt>SHA-256</dt><dd><code class="hash">${esc(a.sha256)}</code></dd>`,
      `<dt>URL</dt><dd>${linkHtml(a.url, `<code>${esc(a.url)}</code>`)}</dd>`,
    ];
    return `<li><p><strong>${esc(a.name)}</strong>${title}${version}</p><dl>${rows.join('')}</dl></li>`;
  });
  const parameters = card.parameters.map((p) => {
    const value = p.value === null ? esc(w('computedValue')) : esc(shortValue(p.value));
    return `<li><span${own}>${esc(p.label ?? p.name ?? '')}</span>: <strong>${value}</strong>${rangeHtml(p.range)}</li>`;
  });
  const operations = card.operations.map(({ cell, name, prose }) => {
    const n = cell + 1;
    const text = prose === null ? '' : summary(prose);
    const said = text
      ? `<span${own}>${safeInlineMarkdown(text)}</span>`
      : `<span class="missing">${esc(w('noProse'))}</span>`;
    const link = name === null ? esc(w('cell', { n })) : `<span${own}>${esc(name)}</span>`;
    return `<li><a href="#cell-${n}">${link}</a> ${said}</li>`;
  });
  return (
    `<section class="card" id="card" aria-labelledby="card-title"><h2 id="card-title">${w('card')}</h2>` +
    `<p class="intro">${esc(w('cardIntro'))}</p>` +
    `<dl>${CARD_FIELDS_FIRST.map((key) => field(key)).join('')}</dl>` +
    `<h3>${esc(w('dataProcessed'))}</h3>` +
    (data.length ? `<ul class="data">${data.join('')}</ul>` : none) +
    // Only a notebook that imports others says so: the card of one that does not is unchanged.
    (algorithms.length
      ? `<h3>${esc(w('algorithms'))}</h3><ul class="data algorithms">${algorithms.join('')}</ul>`
      : '') +
    `<h3>${esc(w('parameters'))}</h3>` +
    (parameters.length ? `<ul class="parameters">${parameters.join('')}</ul>` : none) +
    `<h3>${esc(w('operations'))}</h3>` +
    (operations.length ? `<ol class="operations">${operations.join('')}</ol>` : none) +
    `<dl>${field('risks')}${field('humanReview')}${field('contact', textOrLink)}${field('updated', (v) => dateHtml(v, w.lang))}</dl>` +
    (completeness ? completenessHtml(completeness, w) : '') +
    `</section>`
  );
}

/** "Completeness: 9 of 12 fields", then what is missing, key names as code. */
function completenessHtml({ filled, total, gaps }: Completeness, w: ExportWords): string {
  const line = `<p class="completeness"><strong>${esc(w('completeness', { filled: w.number(filled), n: total }))}</strong></p>`;
  if (!gaps.length) return line;
  const items = gaps.map(
    (gap) =>
      `<li>${esc(gapWords(gap, w)).replace(/`([^`]*)`/g, (_, code: string) => `<code>${code}</code>`)}</li>`,
  );
  return `${line}<p>${esc(w('missingItems'))}</p><ul class="gaps">${items.join('')}</ul>`;
}

/** A parameter's value as the app's card shows it: text as is, anything else as JSON. */
function shortValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  return JSON.stringify(value);
}

function rangeHtml(range: unknown[] | null): string {
  if (!range?.length) return '';
  if (range.length === 2 && typeof range[0] === 'number')
    return ` <span class="range">(${esc(shortValue(range[0]))} – ${esc(shortValue(range[1]))})</span>`;
  if (typeof range[0] === 'boolean') return '';
  return ` <span class="range">(${esc(range.map(shortValue).join(', '))})</span>`;
}

/** The first paragraph of a step's prose, on one line, its heading marks left out. */
function summary(prose: string): string {
  return (prose.split(/\n\s*\n/).find((block) => block.trim()) ?? '')
    .replace(/^\s{0,3}#+\s*/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
