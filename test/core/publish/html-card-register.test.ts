import { describe, expect, it } from 'vitest';
import { deriveCard } from '../../../src/core/citizen/card.ts';
import { cardCompleteness } from '../../../src/core/citizen/completeness.ts';
import { exportWords } from '../../../src/core/publish/export-labels.ts';
import { cardHtml } from '../../../src/core/publish/html-card.ts';
import { notebook } from '../citizen/helpers.ts';

const FRONT = `algobook: 1
id: aide
title: Aide
transparency:
  purpose: Compute the aid
  status: retired
  begin: 2024-03-15
  theme: Social <aid>
  humanReview: An agent checks
`;
const CELLS = ['Count.', { js: '1 + 1', options: 'indicator' }];

/** The page's text, tags out, spaces joined. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/[ \n\t]+/g, ' ')
    .trim();

describe('the HTML export card and the register fields (issue 16)', () => {
  it('shows the status in words, the start month, the given optional fields; leaves out the others', () => {
    const nb = notebook(CELLS, FRONT);
    const html = cardHtml(deriveCard(nb), exportWords('en'), '', cardCompleteness(nb));
    expect(html).toContain('<dt>Status</dt><dd>No longer in use</dd>');
    expect(html).toContain(
      '<dt>In use since</dt><dd><time datetime="2024-03-15">March 2024</time></dd>',
    );
    expect(html).toContain('<dt>Theme</dt><dd>Social &lt;aid&gt;</dd>');
    expect(html).toContain('<dt>Human review</dt><dd>An agent checks</dd>');
    expect(html).not.toContain('<dt>Risks</dt>');
    // A required field left out says so, as the other author fields do.
    expect(html).toContain('<dt>Organisation</dt><dd class="missing">Not given by the author</dd>');
  });

  it('ends with the completeness line and the gaps, in French too', () => {
    const nb = notebook(CELLS, FRONT);
    const { filled, total, gaps } = cardCompleteness(nb);
    const en = text(cardHtml(deriveCard(nb), exportWords('en'), '', cardCompleteness(nb)));
    expect(en).toContain(`Completeness: ${filled} of ${total} fields`);
    expect(en).toContain('“Organisation” is missing.');
    // No key of the card's JSON on a reader's page.
    expect(en).not.toMatch(/legalBasis|organisation:/);
    const fr = cardHtml(deriveCard(nb), exportWords('fr'), '', cardCompleteness(nb));
    expect(text(fr)).toContain(`Complétude\u00a0: ${filled} champs sur ${total}`);
    expect(fr).toContain('<dd>Retiré</dd>');
    expect(fr).toContain('mars 2024');
    expect(fr).toContain('«\u00a0Organisme\u00a0» manque.');
    expect(gaps.length).toBe(total - filled);
  });

  it('shows no completeness without one, as before', () => {
    const nb = notebook(CELLS, FRONT);
    expect(cardHtml(deriveCard(nb), exportWords('en'), '')).not.toContain('Completeness');
  });
});
