/** Where the app is: read from the URL, so every view has a shareable address. */
export type Route =
  | { name: 'home' }
  /** An example shipped with the app, read-only: `#/example/<file>`. */
  | { name: 'example'; file: string }
  /** A notebook anywhere on the web, read-only: `?src=<url>`. */
  | { name: 'url'; src: string }
  /** A draft stored in this browser, in the editor: `#/draft/<id>`. */
  | { name: 'draft'; id: string };

/** Parses a location into a route. Pure, for tests. */
export function parseRoute(search: string, hash: string): Route {
  const src = new URLSearchParams(search).get('src');
  if (src) return { name: 'url', src };
  const path = hash.replace(/^#\/?/, '');
  const [head, ...rest] = path.split('/');
  const arg = decodeURIComponent(rest.join('/'));
  if (head === 'example' && arg) return { name: 'example', file: arg };
  if (head === 'draft' && arg) return { name: 'draft', id: arg };
  return { name: 'home' };
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'example':
      return `#/example/${encodeURIComponent(route.file)}`;
    case 'url':
      return `?src=${encodeURIComponent(route.src)}`;
    case 'draft':
      return `#/draft/${encodeURIComponent(route.id)}`;
  }
}
