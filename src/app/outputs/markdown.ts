import { Marked } from 'marked';
import { sanitizeNotebookHtml } from './sanitize.ts';

// An instance of our own, so extensions added elsewhere to the global `marked` don't apply here.
const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    // Task lists as characters: notebook text gets no form controls (see sanitize-profile.ts).
    checkbox({ checked }) {
      return checked ? '☑ ' : '☐ ';
    },
  },
});

/**
 * Markdown to HTML, NOT sanitised: raw HTML in the source passes through. Only for callers that
 * sanitise themselves; pages use `renderMarkdown`.
 */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

/**
 * Markdown to HTML safe for `{@html}`: rendered by marked, then sanitised with the notebook
 * profile (`core/publish/sanitize-profile.ts`). Needs a DOM (a page).
 */
export function renderMarkdown(markdown: string): string {
  return sanitizeNotebookHtml(markdownToHtml(markdown));
}
