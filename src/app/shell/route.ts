/** Where the app is: read from the URL, so every view has a shareable address. */
export type Route =
  | { name: 'home' }
  /** An example shipped with the app, read-only: `#/example/<file>`. */
  | { name: 'example'; file: string }
  /**
   * A notebook anywhere on the web, read-only: `?src=<url>`, optionally `#sha256=<hex>`, and
   * then a file whose text hashes differently is refused.
   */
  | { name: 'url'; src: string; sha256?: string }
  /** A draft stored in this browser, in the editor: `#/draft/<id>`. */
  | { name: 'draft'; id: string }
  /** A notebook whose whole text is in the address, compressed: `#/share/<payload>`. */
  | { name: 'share'; payload: string; base?: string }
  /** A version published in this browser, read-only, by the hash of its text: `#/version/<sha256>`. */
  | { name: 'version'; sha256: string }
  /**
   * A notebook of the site's catalog: `#/<id>` its latest version, `#/<id>@<n>` version n.
   */
  | { name: 'published'; id: string; version?: number };

/** Heads of `#/<head>/...` that are routes, never catalog ids. */
const RESERVED = new Set(['example', 'draft', 'share', 'version']);

import { SHA256_HEX as HEX64 } from '../../core/format/sha256-hex.ts';

/** Parses a location into a route. Pure, for tests. */
export function parseRoute(search: string, hash: string): Route {
  const src = new URLSearchParams(search).get('src');
  if (src) {
    const pinned = /^#sha256=([0-9a-fA-F]{64})$/.exec(hash);
    return pinned ? { name: 'url', src, sha256: pinned[1].toLowerCase() } : { name: 'url', src };
  }
  const path = hash.replace(/^#\/?/, '');
  const [head, ...rest] = path.split('/');
  const arg = decodeURIComponent(rest.join('/'));
  if (head === 'example' && arg) return { name: 'example', file: arg };
  if (head === 'draft' && arg) return { name: 'draft', id: arg };
  if (head === 'share' && rest[0]) {
    // The payload is base64url: it never holds `/` or `?`, so a base URL can follow it.
    const [payload, query = ''] = rest.join('/').split('?');
    const base = new URLSearchParams(query).get('base');
    return base ? { name: 'share', payload, base } : { name: 'share', payload };
  }
  if (head === 'version' && HEX64.test(arg.toLowerCase()))
    return { name: 'version', sha256: arg.toLowerCase() };
  if (hash.startsWith('#/') && head && !RESERVED.has(head) && rest.length === 0) {
    const published = /^(.+?)(?:@(\d+))?$/.exec(decodeURIComponent(head));
    if (published) {
      const [, id, n] = published;
      return n && Number(n) > 0
        ? { name: 'published', id, version: Number(n) }
        : { name: 'published', id };
    }
  }
  return { name: 'home' };
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'example':
      return `#/example/${encodeURIComponent(route.file)}`;
    case 'url':
      return `?src=${encodeURIComponent(route.src)}${route.sha256 ? `#sha256=${route.sha256}` : ''}`;
    case 'draft':
      return `#/draft/${encodeURIComponent(route.id)}`;
    case 'share':
      return `#/share/${route.payload}${route.base ? `?base=${encodeURIComponent(route.base)}` : ''}`;
    case 'version':
      return `#/version/${route.sha256}`;
    case 'published':
      return `#/${encodeURIComponent(route.id)}${route.version ? `@${route.version}` : ''}`;
  }
}
