import { Marked, type Tokens } from 'marked';
import { escapeHtml } from './escape.ts';

// Our own instance: extensions added elsewhere to the global `marked` do not apply here.
const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    // Raw HTML in the prose is shown as text: an export has no DOM to sanitise it with.
    html(token: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(token.text);
    },
  },
  walkTokens(token) {
    if (token.type === 'link' || token.type === 'image') {
      const link = token as Tokens.Link | Tokens.Image;
      if (!safeUrl(link.href)) link.href = '#';
    }
  },
});

/** Links and images may point to the web, to mail, or within the page; nothing that runs. */
function safeUrl(href: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim())?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

/**
 * Markdown to HTML without a DOM, safe to put in a page: raw HTML is escaped and URLs other than
 * http(s), mailto and relative ones are dropped (marked escapes everything else).
 */
export function safeMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
