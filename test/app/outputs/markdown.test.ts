import { describe, expect, it } from 'vitest';
import { markdownToHtml, renderMarkdown } from '../../../src/app/outputs/markdown.ts';

// No DOM library is installed, so DOMPurify cannot run here: sanitisation (scripts, event
// handlers, javascript: URLs) is checked by the browser tests. These check the marked side.
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

describe('renderMarkdown(markdown)', () => {
  it('refuses to run without a DOM rather than return unsanitised HTML', () => {
    expect(() => renderMarkdown('<script>alert(1)</script>')).toThrow(/DOM/);
  });
});
