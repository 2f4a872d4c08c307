import { hrefOf } from '../../core/route/href.ts';

/**
 * Where the card's line of a relied-on algorithm leads: the app reading that file, only for an
 * http(s) address (a pinned URL is a stranger's text: never `javascript:`, `data:`, a path).
 */
export function algorithmHref(url: string): string | null {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return null;
  }
  return protocol === 'https:' || protocol === 'http:' ? hrefOf({ name: 'url', src: url }) : null;
}
