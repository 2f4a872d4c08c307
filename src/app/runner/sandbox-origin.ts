/**
 * Where the sandbox page is served from. Chromium gives a frame a process of its own only when it
 * is another *site* than the page (an opaque origin is not enough), and only then does a cell that
 * exhausts memory crash the runner's frame instead of the whole tab.
 *
 * - A deployment names a user-content origin at build time (`ALGOBOOK_SANDBOX_ORIGIN`, written
 *   into `<meta name="algobook-sandbox-origin">`): the same build's files served from there.
 * - Otherwise, on `localhost` the sandbox comes from `127.0.0.1` and the other way round (two
 *   sites on one server, for development and tests).
 * - Anywhere else, the app's own origin: still an opaque origin, without a process of its own.
 */
export const SANDBOX_ORIGIN_META = 'algobook-sandbox-origin';

const SWAPPED_LOOPBACK: Record<string, string> = {
  localhost: '127.0.0.1',
  '127.0.0.1': 'localhost',
};

/** The URL of `sandbox.html` for the app at `appBase` (its base URL), given the meta's value. */
export function sandboxPageUrl(appBase: string, configured: string | null): URL {
  const base = configuredBase(configured);
  if (base) return new URL('sandbox.html', base);
  const url = new URL('sandbox.html', appBase);
  const other = Object.hasOwn(SWAPPED_LOOPBACK, url.hostname)
    ? SWAPPED_LOOPBACK[url.hostname]
    : undefined;
  if (other) url.hostname = other;
  return url;
}

/** The configured folder as a URL ending with `/`, or null when absent or not http(s). */
function configuredBase(configured: string | null): URL | null {
  if (!configured?.trim()) return null;
  try {
    const url = new URL(configured.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    url.search = '';
    url.hash = '';
    return url;
  } catch {
    return null;
  }
}

/** The meta's value in `doc`, if the build wrote one. */
export function configuredSandboxOrigin(doc: Document): string | null {
  return doc.querySelector(`meta[name="${SANDBOX_ORIGIN_META}"]`)?.getAttribute('content') ?? null;
}
