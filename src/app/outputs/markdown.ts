import { Marked } from 'marked';
import DOMPurify from 'dompurify';

// An instance of our own, so extensions added elsewhere to the global `marked` don't apply here.
const marked = new Marked({ gfm: true, breaks: false });

/**
 * Markdown to HTML, NOT sanitised: raw HTML in the source passes through. Only for callers that
 * sanitise themselves; pages use `renderMarkdown`.
 */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

type Purifier = ReturnType<typeof DOMPurify>;
let purifier: Purifier | null = null;

// DOMPurify parses with the browser's DOM; in Node its default export cannot sanitise at all.
function getPurifier(): Purifier {
  if (purifier) return purifier;
  if (typeof window === 'undefined') {
    throw new Error('renderMarkdown needs a DOM to sanitise HTML');
  }
  purifier = DOMPurify(window);
  // Links leave the notebook in a new tab, and the opened page gets no handle on ours.
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && /^https?:/i.test(node.getAttribute('href') ?? '')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purifier;
}

/**
 * Markdown to HTML safe for `{@html}`: rendered by marked, then sanitised by DOMPurify, which
 * removes scripts, event handler attributes and `javascript:` URLs. Needs a DOM (a page).
 */
export function renderMarkdown(markdown: string): string {
  return getPurifier().sanitize(markdownToHtml(markdown));
}
