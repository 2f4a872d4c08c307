/**
 * The one sanitiser profile for notebook text: everything a notebook supplies that the app shows
 * as HTML (prose cells, `md` outputs, the prose of "How is this computed?", exports) goes
 * through it. Plain-text fields (title, summary, authors, card fields, catalog entries) are
 * never HTML: they are inserted as text, so markup in them shows as characters.
 *
 * A stranger's notebook is hostile. Its HTML may only structure text: it cannot script, style,
 * position, submit, navigate the app, clobber the DOM, or make the reader's browser contact a
 * third party by merely opening it. Hence an allow-list, not a deny-list:
 *
 * - **Tags**: text structure only. No `style`, `form`/`input`/`button`/`select`/`textarea`,
 *   `iframe`/`object`/`embed`, `base`/`meta`/`link`, `svg`/`math`, `script`, media.
 * - **Attributes**: no `style`, `class` (the app's own classes would apply), `id`/`name` (DOM
 *   clobbering, collisions with the app's ids), `aria-*`/`role` (a fake landmark or label),
 *   `data-*`, event handlers, `target`/`rel` (set by the app), `srcset`, sizes.
 * - **Links** are resolved with `new URL` against the page: only http(s) and mailto survive, and
 *   in-page fragments (`#…`). A link to another origin (including `//host/…`) opens in a new tab
 *   with `rel="noopener noreferrer"`. Anything else loses its `href` and stays as text.
 * - **Images** from the web would leak the reader's address as the page opens: they become a
 *   link to the image, named by their alt text. Inline raster `data:` images stay.
 *
 * This file is pure (no DOM): the page applies it with DOMPurify (`app/outputs/sanitize.ts`),
 * exports with marked alone (`safe-markdown.ts`).
 */

/** Elements notebook HTML may use. Everything else is removed (its text kept, see below). */
export const ALLOWED_TAGS: readonly string[] = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
  'var',
];

/** Attributes notebook HTML may keep; links' `target`/`rel` are added by the app. */
export const ALLOWED_ATTR: readonly string[] = [
  'href',
  'src',
  'alt',
  'title',
  'colspan',
  'rowspan',
  'align',
  'start',
  'reversed',
  'open',
  'lang',
  'dir',
];

/**
 * Removed elements whose content is dropped too: code, styles and embedded documents are not
 * text to show. (The text of other removed elements, e.g. a `<button>`, stays as plain text.)
 */
export const FORBID_CONTENTS: readonly string[] = [
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'select',
  'textarea',
  'title',
  'head',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
];

/** What becomes of a link's `href`. */
export type LinkVerdict =
  /** A fragment of this page, kept as written. */
  | { kind: 'fragment'; href: string }
  /** The page's own origin: followed in place. */
  | { kind: 'same-origin'; href: string }
  /** Another origin: a new tab, no opener, no referrer. */
  | { kind: 'external'; href: string }
  /** A mail address: the reader's mail program, the page stays. */
  | { kind: 'mail'; href: string }
  /** A scheme that could run or smuggle something (`javascript:`, `data:`, `blob:`, …). */
  | { kind: 'refused' };

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Where a link in notebook text may go. `base` is the page's address (`document.baseURI`); in
 * an export, where there is no page, pass `undefined`: every link then counts as external.
 * The returned `href` is the parsed URL, so the browser follows exactly what was checked.
 */
export function resolveLink(href: string, base: string | undefined): LinkVerdict {
  const raw = href.trim();
  if (raw.startsWith('#')) return { kind: 'fragment', href: raw };
  let url: URL;
  try {
    url = base === undefined ? new URL(raw) : new URL(raw, base);
  } catch {
    return { kind: 'refused' };
  }
  if (!LINK_PROTOCOLS.has(url.protocol)) return { kind: 'refused' };
  if (url.protocol === 'mailto:') return { kind: 'mail', href: url.href };
  if (base !== undefined && url.origin === new URL(base).origin)
    return { kind: 'same-origin', href: url.href };
  return { kind: 'external', href: url.href };
}

/** What becomes of an image's `src`. */
export type ImageVerdict =
  /** Inline bytes that contact nobody. */
  | { kind: 'inline'; src: string }
  /** Anything fetched: shown as a link to it instead (`href` undefined when refused). */
  | { kind: 'link'; link: LinkVerdict };

// Raster formats only: an SVG image cannot script, but it can draw anything, fonts included.
const INLINE_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|avif);base64,[a-z0-9+/=\s]*$/i;

/** Whether an image may load as the page opens, or becomes a link the reader may follow. */
export function resolveImage(src: string, base: string | undefined): ImageVerdict {
  const raw = src.trim();
  if (INLINE_IMAGE.test(raw)) return { kind: 'inline', src: raw };
  return { kind: 'link', link: resolveLink(raw, base) };
}

/** The attributes a link gets for its verdict; `null` when it must lose its `href`. */
export function linkAttributes(verdict: LinkVerdict): Record<string, string> | null {
  switch (verdict.kind) {
    case 'fragment':
    case 'same-origin':
    case 'mail':
      return { href: verdict.href };
    case 'external':
      return { href: verdict.href, target: '_blank', rel: 'noopener noreferrer' };
    case 'refused':
      return null;
    default:
      return assertNever(verdict);
  }
}

function assertNever(value: never): never {
  throw new Error(`unexpected link verdict ${JSON.stringify(value)}`);
}
