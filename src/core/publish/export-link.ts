import { escapeHtml as esc } from './escape.ts';

const WEB = /^https?:\/\/[^\s<>"]+$/i;
const MAILTO = /^mailto:[^\s<>"]+$/i;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/**
 * `html` as a link to `url` when `url` is an absolute http(s) or mailto address; anything else
 * (a relative path, `javascript:`, a source written in words) stays text: a downloaded page has
 * no base to resolve a relative path against, and a link must never run anything.
 */
export function linkHtml(url: string, html: string): string {
  const href = url.trim();
  return WEB.test(href) || MAILTO.test(href) ? `<a href="${esc(href)}">${html}</a>` : html;
}

/** A text that may be an address: linked when it is a URL or an e-mail address, else escaped. */
export function textOrLink(text: string): string {
  const trimmed = text.trim();
  if (EMAIL.test(trimmed)) return `<a href="mailto:${esc(trimmed)}">${esc(trimmed)}</a>`;
  return linkHtml(trimmed, esc(text));
}
