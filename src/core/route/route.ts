/**
 * Where the app is, read from its address, so every view has a shareable address; or why an
 * address cannot be read. Pure types: the browser's router and the tests share them.
 */
export type Route =
  /** The home page; `catalog` is a third-party catalog named by `?catalog=`, never remembered. */
  | { name: 'home'; catalog?: string }
  /** An example shipped with the app, read-only: `#/example/<file>`. */
  | { name: 'example'; file: string }
  /**
   * A notebook anywhere on the web, read-only: `?src=<http(s) url>`, optionally `#sha256=<hex>`,
   * and then a file whose text hashes differently is refused.
   */
  | { name: 'url'; src: string; sha256?: string }
  /** A draft stored in this browser, in the editor: `#/draft/<id>`. */
  | { name: 'draft'; id: string }
  /** A notebook whose whole text is in the address, compressed: `#/share/<payload>`. */
  | { name: 'share'; payload: string; base?: string }
  /** A version published in this browser, read-only, by the hash of its text: `#/version/<sha256>`. */
  | { name: 'version'; sha256: string }
  /**
   * A notebook of the site's own catalog: `#/<id>` its latest version, `#/<id>@<n>` version n.
   * With `catalog` (`?catalog=<url>#/<id>`), of that third-party catalog instead. With `card`
   * (`#/<id>/card`, `#/<id>@<n>/card`), the reader opens on its transparency card, as a
   * register's row links to it.
   */
  | { name: 'published'; id: string; version?: number; catalog?: string; card?: true };

/** The query parameters that carry an address. */
export type UrlParam = 'src' | 'catalog' | 'base';

/** Why an address is not a route; each case is worded for a person by the app. */
export type LinkError =
  | { code: 'too-long'; length: number; limit: number }
  /** A `%` sequence that is not UTF-8 (`#/%E0`). */
  | { code: 'bad-encoding'; part: string }
  | { code: 'empty-url'; param: UrlParam }
  | { code: 'bad-url'; param: UrlParam; value: string }
  /** Only http(s) addresses are fetched: not `javascript:`, `data:`, `file:`, `ftp:`… */
  | { code: 'bad-scheme'; param: UrlParam; scheme: string }
  /** `#sha256=` that is not 64 hexadecimal digits. */
  | { code: 'bad-sha256'; value: string }
  /** `#/example`, `#/draft`, `#/share` or `#/version` with nothing after it. */
  | { code: 'missing-part'; route: 'example' | 'draft' | 'share' | 'version' }
  | { code: 'bad-example'; file: string }
  /** A share payload with characters a share link never has. */
  | { code: 'bad-payload' }
  | { code: 'bad-version-hash'; value: string }
  /** `#/<id>@<n>` where n is not a whole number from 1. */
  | { code: 'bad-version-number'; id: string; version: string }
  | { code: 'unknown-route'; path: string };

export type ParsedLocation = { ok: true; route: Route } | { ok: false; error: LinkError };
