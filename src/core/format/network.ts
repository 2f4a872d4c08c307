import type { FormatCode } from '../errors/index.ts';
import { FormatError } from './errors.ts';
import type { FrontMatter } from './types.ts';
import { shown } from './values.ts';
import type { Locator } from './yaml-lines.ts';

/**
 * Checks the front matter's `network`: the origins a notebook's cells may contact, as a list of
 * http(s) origins written exactly as a browser names them (scheme, host, port if not the
 * default; no path, no wildcard). The app builds the runner's Content-Security-Policy from this
 * list, so anything looser than an origin, or a value a policy would read differently, is refused
 * here with its line rather than widened or narrowed silently.
 */
export function checkNetwork(
  network: unknown,
  at: Locator,
): asserts network is string[] | null | undefined {
  if (network === undefined || network === null) return;
  if (!Array.isArray(network)) {
    throw new FormatError(at.keyLine('network'), {
      code: 'format-network-not-list',
      params: { value: shown(network) },
    });
  }
  const seen = new Set<string>();
  network.forEach((value: unknown, index) => {
    const line = at.keyLine('network', String(index));
    const problem = originProblem(value);
    if (problem) {
      const params = { value: shown(value), ...problem.params };
      throw new FormatError(line, { code: problem.code, params });
    }
    const origin = String(value);
    if (seen.has(origin))
      throw new FormatError(line, { code: 'format-network-twice', params: { origin } });
    seen.add(origin);
  });
}

/** Why `value` is not an origin as `network` takes it (a code), or `null` when it is one. */
export function originProblem(
  value: unknown,
): { code: FormatCode; params?: { origin: string } } | null {
  if (typeof value !== 'string') return { code: 'format-origin-not-text' };
  if (value.includes('*')) return { code: 'format-origin-wildcard' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { code: 'format-origin-not-address' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { code: 'format-origin-not-http' };
  if (url.username || url.password) return { code: 'format-origin-credentials' };
  if (url.origin === value) return null;
  if (url.pathname !== '/' || url.search || url.hash || value.endsWith('/')) {
    return { code: 'format-origin-path', params: { origin: url.origin } };
  }
  return { code: 'format-origin-spelling', params: { origin: url.origin } };
}

/** The origins a notebook declares it may contact; none when it declares none. */
export function networkOrigins(front: FrontMatter): string[] {
  const network = front.network;
  return Array.isArray(network) ? network.filter((o): o is string => typeof o === 'string') : [];
}
