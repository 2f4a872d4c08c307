import { Marked } from 'marked';

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
 * Markdown to HTML, NOT sanitised: raw HTML in the source passes through. Pure (no DOM): it runs
 * in the markdown worker (`markdown.worker.ts`) and in Node. Pages show it only through
 * `sanitizeNotebookHtml`.
 */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

/** Prose through the block and inline rules a notebook's text usually meets, a part at a time. */
export const WARM_PARTS = [
  '# A title\n\nA paragraph.',
  'Some *emphasis*, **strong**, _under_, __both__ and ~~struck~~.',
  '`code`, [a link](#a) and <https://example.org>.',
  '- an item\n1. a number\n\n> a quote',
  '| a | b |\n|---|---|\n| 1 | 2 |',
];
