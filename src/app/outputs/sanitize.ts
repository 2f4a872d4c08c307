import DOMPurify, { type Config } from 'dompurify';
import {
  ALLOWED_ATTR,
  ALLOWED_TAGS,
  FORBID_CONTENTS,
  linkAttributes,
  resolveImage,
  resolveLink,
} from '../../core/publish/sanitize-profile.ts';

type Purifier = ReturnType<typeof DOMPurify>;
let purifier: Purifier | null = null;

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTR],
  FORBID_CONTENTS: [...FORBID_CONTENTS],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
  // A fragment of DOMPurify's inert document: images are rewritten below before any can load.
  RETURN_DOM_FRAGMENT: true,
};

// DOMPurify parses with the browser's DOM; in Node its default export cannot sanitise at all.
function getPurifier(): Purifier {
  if (purifier) return purifier;
  if (typeof window === 'undefined') throw new Error('sanitising HTML needs a DOM');
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return;
    node.removeAttribute('target');
    node.removeAttribute('rel');
    const href = node.getAttribute('href');
    if (href === null) return;
    node.removeAttribute('href');
    const attributes = linkAttributes(resolveLink(href, document.baseURI));
    for (const [name, value] of Object.entries(attributes ?? {})) node.setAttribute(name, value);
  });
  return purifier;
}

/**
 * Notebook HTML made safe for `{@html}` with the one profile of `core/publish/sanitize-profile.ts`:
 * nothing that scripts, styles, positions, submits, clobbers, navigates the app or contacts a
 * third party as the page opens. Needs a DOM (a page).
 */
export function sanitizeNotebookHtml(html: string): string {
  const fragment = getPurifier().sanitize(html, CONFIG);
  for (const image of fragment.querySelectorAll('img')) replaceRemoteImage(image);
  const holder = fragment.ownerDocument.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}

// A remote image would tell its server who reads the notebook, and when: it becomes a link the
// reader may choose to follow.
function replaceRemoteImage(image: HTMLImageElement): void {
  const src = image.getAttribute('src') ?? '';
  const verdict = resolveImage(src, document.baseURI);
  if (verdict.kind === 'inline') return;
  const doc = image.ownerDocument;
  const alt = image.getAttribute('alt')?.trim();
  const attributes = linkAttributes(verdict.link);
  const replacement = doc.createElement(attributes ? 'a' : 'span');
  for (const [name, value] of Object.entries(attributes ?? {}))
    replacement.setAttribute(name, value);
  replacement.textContent = `[${alt || (attributes?.href ?? src)}]`;
  image.replaceWith(replacement);
}
