import { describe, expect, it } from 'vitest';
import { WARM_PARTS, markdownToHtml } from '../../../src/app/outputs/markdown-parse.ts';

describe('WARM_PARTS', () => {
  it('go through the rules a notebook text usually meets', () => {
    const html = WARM_PARTS.map(markdownToHtml).join('');
    for (const tag of [
      '<h1>',
      '<em>',
      '<strong>',
      '<del>',
      '<code>',
      '<a ',
      '<li>',
      '<blockquote>',
      '<table>',
    ])
      expect(html).toContain(tag);
  });
});
