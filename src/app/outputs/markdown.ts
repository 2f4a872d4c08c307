import { markdownToHtml } from './markdown-parse.ts';
import { sanitizeNotebookHtml } from './sanitize.ts';

/**
 * Markdown to HTML safe for `{@html}`, on the calling thread: rendered by marked, then sanitised
 * with the notebook profile (`core/publish/sanitize-profile.ts`). Needs a DOM (a page). Pages use
 * `markdown-html.svelte.ts`, which renders in a worker and comes here only when none can start.
 */
export function renderMarkdown(markdown: string): string {
  return sanitizeNotebookHtml(markdownToHtml(markdown));
}
