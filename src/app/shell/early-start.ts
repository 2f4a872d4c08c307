/**
 * What the page starts before it has rendered anything (issue 15): the app waits for the
 * reader's dictionary before it mounts a route, so a reader route's chunks, its sandboxed
 * runner and the site's catalog would otherwise wait for it too, one round trip after another.
 * Started here, they load in parallel with the dictionary; and a published notebook's version
 * and output snapshot are requested as soon as the catalog has named them.
 */
import { readCatalog } from '../../core/publish/catalog.ts';
import { snapshotPath } from '../../core/publish/snapshot-path.ts';
import {
  DEFAULT_CATALOG,
  MAX_CATALOG_BYTES,
  VERSION_INIT,
  catalogRequest,
  listedVersion,
  versionUrl,
} from '../publish/catalog.ts';
import { boundedBytes } from '../register/bounded-body.ts';
import { prewarmSandbox } from '../runner/sandbox-frame.ts';
import { fetchEarly } from './early-fetch.ts';
import { nextTask } from './next-task.ts';
import { isReaderRoute } from './reader-routes.ts';
import type { ParsedLocation, Route } from './route.ts';

export function startEarly(parsed: ParsedLocation): void {
  if (!parsed.ok) return;
  const route = parsed.route;
  if (isReaderRoute(route)) {
    // The frame `runner/start.js` made from index.html, taken in a task of its own (or made
    // there, when that script did not run): not part of the app's first evaluation.
    void nextTask().then(prewarmSandbox);
    // The notebook itself, while the reader's chunks come.
    const notebook = notebookAddress(route);
    if (notebook) fetchEarly(notebook);
    // The sanitizer first, evaluated in a task of its own when it arrives, not in the one that
    // evaluates the reader's modules; then the markdown worker, which loads marked off this
    // thread, and the sanitizer's first use, in another task, not in the reader's first mount.
    void import('dompurify').catch(() => {});
    void import('../outputs/markdown-html.svelte.ts').then(
      (m) => m.startMarkdown(),
      () => {},
    );
    void import('../pages/ReaderPage.svelte').catch(() => {});
    void import('../pages/open-route.ts').catch(() => {});
  }
  if (route.name === 'home') void import('../pages/HomePage.svelte').catch(() => {});
  // Only the site's own catalog: another site's is read once the reader has agreed to it.
  if ((route.name === 'home' || route.name === 'published') && route.catalog === undefined) {
    const { url, init } = catalogRequest(DEFAULT_CATALOG);
    const catalog = fetchEarly(url, init);
    if (route.name === 'published') void fetchVersionEarly(catalog, url, route.id, route.version);
  }
}

/**
 * Requests the version `version` (or the latest) of `id` and its snapshot once the catalog has
 * come, from a copy of its response: the reader reads and checks the catalog itself, as if
 * nothing had been started. Any failure here is left for the reader to meet and word.
 */
async function fetchVersionEarly(
  catalog: Promise<Response>,
  catalogUrl: string,
  id: string,
  version: number | undefined,
): Promise<void> {
  try {
    const response = (await catalog).clone();
    if (!response.ok) return;
    const text = new TextDecoder().decode(await boundedBytes(response, MAX_CATALOG_BYTES));
    const { listed } = listedVersion(readCatalog(text), id, version);
    if (!listed) return;
    const url = versionUrl(catalogUrl, listed);
    fetchEarly(url, VERSION_INIT);
    fetchEarly(snapshotPath(url), VERSION_INIT);
  } catch {
    // The reader fetches the catalog's answer again and says what is wrong with it.
  }
}

/**
 * The address `loadNotebook` will fetch for a reader's link, when it is known from the address
 * alone: `?src=` and `#/example/<file>.algo.md` (an example's id needs the example index and the
 * language first).
 */
function notebookAddress(route: Route): string | null {
  if (route.name === 'url') return new URL(route.src, location.href).href;
  if (route.name === 'example' && route.file.endsWith('.algo.md'))
    return new URL(`examples/${route.file}`, location.href).href;
  return null;
}
