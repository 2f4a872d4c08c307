/**
 * The `fetch` a notebook's cells get on the command line when the notebook declares `network:`
 * origins (none otherwise): the page's sandbox allows those origins by CSP, and this does the
 * same in Node, whose permission model does not cover the network.
 */

/** What of a request's options is passed on; others (e.g. undici's `dispatcher`) are dropped. */
const KEPT = ['method', 'headers', 'body', 'signal'] as const;

/**
 * A `fetch` that accepts a URL (string or `URL`) on one of `origins` only, follows no redirect
 * (one could lead elsewhere), and throws a TypeError that says why for anything else.
 */
export function originBoundFetch(
  origins: readonly string[],
  fetchFn: typeof fetch = globalThis.fetch,
): (input: unknown, init?: unknown) => Promise<Response> {
  const allowed = new Set(origins);
  return async (input, init) => {
    const href = input instanceof URL ? input.href : typeof input === 'string' ? input : undefined;
    if (href === undefined) throw new TypeError('fetch: give the address as a string or a URL');
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      throw new TypeError(`fetch: "${href}" is not an absolute address`);
    }
    if (!allowed.has(url.origin))
      throw new TypeError(
        `fetch: ${url.origin} is not among the origins this notebook declares (network: ${origins.join(', ')}); data comes through dataset()`,
      );
    const options: Record<string, unknown> = { redirect: 'error' };
    if (typeof init === 'object' && init !== null)
      for (const key of KEPT) {
        const value: unknown = Reflect.get(init, key);
        if (value !== undefined) options[key] = value;
      }
    return fetchFn(url, options as RequestInit);
  };
}
