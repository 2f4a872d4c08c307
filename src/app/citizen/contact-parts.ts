/** A piece of a contact: plain text, or a link a reader can follow. */
export type ContactPart = { text: string; href?: undefined } | { text: string; href: string };

// An e-mail address (with its `mailto:` if written), or an https address up to a space or a
// character that ends a URL in prose. Nothing else becomes a link: `javascript:`, `data:`,
// `http:` and the rest stay text.
const LINKABLE =
  /(?:mailto:)?[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}|https:\/\/[^\s<>"'`]+/gi;

/**
 * A notebook's contact (`transparency.contact`, written by a stranger) cut into text and links:
 * a `mailto:` link for each e-mail address, a link for each https URL whose parsed form is https;
 * everything else, `javascript:` included, stays text.
 */
export function contactParts(contact: string): ContactPart[] {
  const parts: ContactPart[] = [];
  let at = 0;
  const text = (t: string) => {
    if (!t) return;
    const last = parts.at(-1);
    if (last && last.href === undefined) last.text += t;
    else parts.push({ text: t });
  };
  for (const match of contact.matchAll(LINKABLE)) {
    let found = match[0];
    // A sentence's last dot, comma or bracket is not part of the address.
    const trailing = /[.,;:!?)\]]+$/.exec(found)?.[0] ?? '';
    found = found.slice(0, found.length - trailing.length);
    text(contact.slice(at, match.index));
    const href = linkOf(found);
    if (href) parts.push({ text: found, href });
    else text(found);
    at = match.index + found.length;
  }
  text(contact.slice(at));
  return parts;
}

function linkOf(found: string): string | null {
  if (!/^https:\/\//i.test(found)) {
    const address = found.replace(/^mailto:/i, '');
    return `mailto:${address}`;
  }
  try {
    const url = new URL(found);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
