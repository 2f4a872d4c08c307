import hljs from 'highlight.js/lib/core';
import javascript from 'highlight.js/lib/languages/javascript';

hljs.registerLanguage('javascript', javascript);

/** JavaScript source as HTML with `hljs-*` spans; the source text is escaped. */
export function highlightJavaScript(source: string): string {
  return hljs.highlight(source, { language: 'javascript', ignoreIllegals: true }).value;
}
