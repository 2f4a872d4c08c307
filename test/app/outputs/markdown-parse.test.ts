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

describe('markdownToHtml(markdown)', () => {
  it('renders GitHub-flavoured markdown', () => {
    expect(markdownToHtml('# Title\n\n*a* **b** `c`')).toBe(
      '<h1>Title</h1>\n<p><em>a</em> <strong>b</strong> <code>c</code></p>\n',
    );
    expect(markdownToHtml('| a |\n| - |\n| 1 |')).toContain('<table>');
  });

  it('passes raw HTML through, which is why pages must use renderMarkdown', () => {
    expect(markdownToHtml('<img src=x onerror=alert(1)>')).toContain('onerror');
  });
});
