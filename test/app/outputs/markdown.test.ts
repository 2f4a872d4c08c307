import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/app/outputs/markdown.ts';

// No DOM library is installed, so DOMPurify cannot run here: sanitisation (scripts, event
// handlers, javascript: URLs) is checked by the browser tests; marked's side in
// markdown-parse.test.ts.
describe('renderMarkdown(markdown)', () => {
  it('refuses to run without a DOM rather than return unsanitised HTML', () => {
    expect(() => renderMarkdown('<script>alert(1)</script>')).toThrow(/DOM/);
  });
});
