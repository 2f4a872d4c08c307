import { describe, expect, it } from 'vitest';
import { highlightJavaScript } from '../../../src/app/code/highlight.ts';

describe('highlightJavaScript(source)', () => {
  it('wraps keywords, strings and numbers in hljs spans', () => {
    const html = highlightJavaScript('const x = "a" + 1;');
    expect(html).toContain('<span class="hljs-keyword">const</span>');
    expect(html).toContain('<span class="hljs-string">&quot;a&quot;</span>');
    expect(html).toContain('<span class="hljs-number">1</span>');
  });

  it('escapes the source, so it cannot inject markup', () => {
    const html = highlightJavaScript('html`<img src=x onerror=alert(1)>`');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
});
