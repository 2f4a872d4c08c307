import { Marked, type Tokens } from 'marked';
import { escapeHtml } from './escape.ts';
import { linkAttributes, resolveImage, resolveLink, type LinkVerdict } from './sanitize-profile.ts';

// A standalone export is a document, not the app: a link may replace it, so no new tab. With no
// base, an accepted href parsed as an absolute URL on its own: kept as written.
function exportHref(href: string, verdict: LinkVerdict): string | null {
  return linkAttributes(verdict) ? href.trim() : null;
}

function attributes(attrs: Record<string, string>): string {
  return Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
}

// Our own instance: extensions added elsewhere to the global `marked` do not apply here.
const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    // Raw HTML in the prose is shown as text: an export has no DOM to sanitise it with.
    html(token: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(token.text);
    },
    link(token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens);
      const href = exportHref(token.href, resolveLink(token.href, undefined));
      if (href === null) return text;
      const title = token.title ? attributes({ title: token.title }) : '';
      return `<a${attributes({ href })}${title}>${text}</a>`;
    },
    image(token: Tokens.Image) {
      const verdict = resolveImage(token.href, undefined);
      if (verdict.kind === 'inline')
        return `<img${attributes({ src: verdict.src, alt: token.text })}>`;
      const href = exportHref(token.href, verdict.link);
      const text = escapeHtml(`[${token.text || token.href}]`);
      return href === null ? text : `<a${attributes({ href })}>${text}</a>`;
    },
    checkbox({ checked }: Tokens.Checkbox) {
      return checked ? '☑ ' : '☐ ';
    },
  },
});

/**
 * Markdown to HTML without a DOM, safe to put in a page, with the notebook profile of
 * `sanitize-profile.ts`: raw HTML is escaped, links other than absolute http(s), mailto and
 * fragments lose their target, and images from the web become links (marked escapes everything else).
 */
export function safeMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

/**
 * One line of Markdown (a step's summary) to inline HTML, through the same profile: no block
 * elements, raw HTML escaped, only safe links kept.
 */
export function safeInlineMarkdown(markdown: string): string {
  return marked.parseInline(markdown, { async: false });
}
