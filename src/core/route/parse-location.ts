import { SHA256_HEX } from '../format/sha256-hex.ts';
import type { LinkError, ParsedLocation, Route, UrlParam } from './route.ts';

/**
 * Longest address read, query and fragment together. Browsers keep up to 2 MB; a share link of
 * a real notebook is a few kilobytes, and anything near the limit is an attack or an accident.
 */
export const MAX_LOCATION_LENGTH = 256 * 1024;

/** Relative addresses resolve against the app, which is served over http(s). */
const APP_BASE = 'https://app.invalid/';

/** A hash in a link may be written in capitals: it is read in lower case. */
const isHex64 = (s: string) => SHA256_HEX.test(s.toLowerCase());
/** What a share payload is made of: base64url, or base64 as some chat apps rewrite it. */
const PAYLOAD = /^[A-Za-z0-9\-_+/]+=*$/;
/** An example is a file of the app's `examples/` folder: a name, never a path. */
const EXAMPLE = /^(?!\.)[^/\\\p{Cc}]+$/u;
const WHOLE = /^[1-9][0-9]{0,15}$/;

type Step<T> = { ok: true; value: T } | { ok: false; error: LinkError };
const fail = (error: LinkError): { ok: false; error: LinkError } => ({ ok: false, error });

/** A value from the address, short enough to quote back in a message. */
export function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function decode(part: string): Step<string> {
  try {
    return { ok: true, value: decodeURIComponent(part) };
  } catch {
    return fail({ code: 'bad-encoding', part: clip(part) });
  }
}

/** Checks an address given in the link: it must be http(s), relative ones resolving to the app. */
function checkUrl(param: UrlParam, value: string): LinkError | null {
  if (!value.trim()) return { code: 'empty-url', param };
  let url: URL;
  try {
    url = new URL(value, APP_BASE);
  } catch {
    return { code: 'bad-url', param, value: clip(value) };
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return null;
  return { code: 'bad-scheme', param, scheme: clip(url.protocol.slice(0, -1), 20) };
}

/**
 * Turns the address's query (`location.search`) and fragment (`location.hash`) into a route, or
 * into the reason it is not one. Pure and total: it never throws, whatever the strings.
 *
 * A fragment that does not start with `#/` (an in-page anchor such as the skip link's `#main`)
 * is the home page, or is ignored beside `?src=`.
 */
export function parseLocation(search: string, hash: string): ParsedLocation {
  const length = search.length + hash.length;
  if (length > MAX_LOCATION_LENGTH)
    return fail({ code: 'too-long', length, limit: MAX_LOCATION_LENGTH });
  const params = new URLSearchParams(search);

  const src = params.get('src');
  if (src !== null) return parseSource(src, hash);

  const catalog = params.get('catalog') || undefined;
  if (catalog !== undefined) {
    const error = checkUrl('catalog', catalog);
    if (error) return fail(error);
  }
  const routed = parseHash(hash, catalog);
  return routed.ok ? { ok: true, route: routed.value } : routed;
}

function parseSource(src: string, hash: string): ParsedLocation {
  const error = checkUrl('src', src);
  if (error) return fail(error);
  if (!hash.startsWith('#sha256=')) return { ok: true, route: { name: 'url', src } };
  const pin = hash.slice('#sha256='.length);
  if (!isHex64(pin)) return fail({ code: 'bad-sha256', value: clip(pin) });
  return { ok: true, route: { name: 'url', src, sha256: pin.toLowerCase() } };
}

function parseHash(hash: string, catalog: string | undefined): Step<Route> {
  const home: Route = catalog ? { name: 'home', catalog } : { name: 'home' };
  if (!hash.startsWith('#/')) return { ok: true, value: home };
  const path = hash.slice(2);
  if (!path) return { ok: true, value: home };
  const slash = path.indexOf('/');
  const head = slash < 0 ? path : path.slice(0, slash);
  const rest = slash < 0 ? '' : path.slice(slash + 1);
  switch (head) {
    case 'example':
      return parseExample(rest);
    case 'draft': {
      if (!rest) return fail({ code: 'missing-part', route: 'draft' });
      const id = decode(rest);
      return id.ok ? { ok: true, value: { name: 'draft', id: id.value } } : id;
    }
    case 'share':
      return parseShare(rest);
    case 'version': {
      if (!rest) return fail({ code: 'missing-part', route: 'version' });
      if (!isHex64(rest)) return fail({ code: 'bad-version-hash', value: clip(rest) });
      return { ok: true, value: { name: 'version', sha256: rest.toLowerCase() } };
    }
    default:
      // `#/<id>/card`: the reader opened on the card; nothing else may follow an id.
      if (slash >= 0 && rest !== 'card') return fail({ code: 'unknown-route', path: clip(path) });
      return parsePublished(head, catalog, slash >= 0);
  }
}

function parseExample(rest: string): Step<Route> {
  if (!rest) return fail({ code: 'missing-part', route: 'example' });
  const file = decode(rest);
  if (!file.ok) return file;
  if (!EXAMPLE.test(file.value)) return fail({ code: 'bad-example', file: clip(file.value) });
  return { ok: true, value: { name: 'example', file: file.value } };
}

function parseShare(rest: string): Step<Route> {
  // The payload never holds `?`, so a base URL for relative datasets can follow it.
  const mark = rest.indexOf('?');
  const payload = mark < 0 ? rest : rest.slice(0, mark);
  if (!payload) return fail({ code: 'missing-part', route: 'share' });
  if (!PAYLOAD.test(payload)) return fail({ code: 'bad-payload' });
  const base = mark < 0 ? null : new URLSearchParams(rest.slice(mark + 1)).get('base');
  if (base === null) return { ok: true, value: { name: 'share', payload } };
  const error = checkUrl('base', base);
  if (error) return fail(error);
  return { ok: true, value: { name: 'share', payload, base } };
}

/** `<id>` or `<id>@<n>`; an `@` inside an id is written `%40`, so the last raw `@` is the version. */
function parsePublished(head: string, catalog: string | undefined, card: boolean): Step<Route> {
  const at = head.lastIndexOf('@');
  const id = decode(at < 0 ? head : head.slice(0, at));
  if (!id.ok) return id;
  if (!id.value) return fail({ code: 'unknown-route', path: clip(head) });
  const where = { ...(catalog && { catalog }), ...(card && { card: true as const }) };
  if (at < 0) return { ok: true, value: { name: 'published', id: id.value, ...where } };
  const n = head.slice(at + 1);
  const version = Number(n);
  if (!WHOLE.test(n) || !Number.isSafeInteger(version))
    return fail({ code: 'bad-version-number', id: clip(id.value), version: clip(n, 20) });
  return { ok: true, value: { name: 'published', id: id.value, version, ...where } };
}
