import { FormatError } from './errors.ts';
import type { FrontMatter } from './types.ts';
import { shown } from './values.ts';
import type { Locator } from './yaml-lines.ts';

const EXAMPLE = 'https://api.example.org';

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
    const reason = `\`network\` must be a list of origins, e.g. \`network: [${EXAMPLE}]\`, not ${shown(network)}`;
    throw new FormatError(at.keyLine('network'), reason);
  }
  const seen = new Set<string>();
  network.forEach((value: unknown, index) => {
    const line = at.keyLine('network', String(index));
    const problem = originProblem(value);
    if (problem) throw new FormatError(line, `\`network\` entry ${shown(value)} ${problem}`);
    const origin = String(value);
    if (seen.has(origin)) throw new FormatError(line, `\`network\` lists ${origin} twice`);
    seen.add(origin);
  });
}

/** Why `value` is not an origin as `network` takes it, or `null` when it is one. */
export function originProblem(value: unknown): string | null {
  if (typeof value !== 'string') return `must be text, an origin such as ${EXAMPLE}`;
  if (value.includes('*')) return 'has a wildcard; list each origin the notebook contacts';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `is not an address; write an origin such as ${EXAMPLE}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return 'is not an http(s) origin';
  }
  if (url.username || url.password) return 'must not carry a user name or password';
  if (url.origin === value) return null;
  if (url.pathname !== '/' || url.search || url.hash || value.endsWith('/')) {
    return `must be an origin only, without a path: write ${url.origin}`;
  }
  return `must be written as a browser names it: ${url.origin}`;
}

/** The origins a notebook declares it may contact; none when it declares none. */
export function networkOrigins(front: FrontMatter): string[] {
  const network = front.network;
  return Array.isArray(network) ? network.filter((o): o is string => typeof o === 'string') : [];
}
