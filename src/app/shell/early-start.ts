/**
 * What the page starts before it has rendered anything (issue 15): the app waits for the
 * reader's dictionary before it mounts a route, so a reader route's chunks, its sandboxed
 * runner and the site's catalog would otherwise wait for it too, one round trip after another.
 * Started here, they load in parallel with the dictionary.
 */
import { DEFAULT_CATALOG, catalogRequest } from '../publish/catalog.ts';
import { prewarmSandbox } from '../runner/sandbox-frame.ts';
import { fetchEarly } from './early-fetch.ts';
import type { ParsedLocation } from './route.ts';

const READER_ROUTES = new Set(['example', 'url', 'share', 'version', 'published']);

export function startEarly(parsed: ParsedLocation): void {
  if (!parsed.ok) return;
  const route = parsed.route;
  if (READER_ROUTES.has(route.name)) {
    prewarmSandbox();
    void import('../pages/ReaderPage.svelte').catch(() => {});
    void import('../pages/open-route.ts').catch(() => {});
  }
  // Only the site's own catalog: another site's is read once the reader has agreed to it.
  if ((route.name === 'home' || route.name === 'published') && route.catalog === undefined) {
    const { url, init } = catalogRequest(DEFAULT_CATALOG);
    fetchEarly(url, init);
  }
}
