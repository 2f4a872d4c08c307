import type { Route } from './route.ts';

/** Text a URI can carry: a lone surrogate (from a catalog's JSON, say) becomes U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

const encode = (text: string) => encodeURIComponent(wellFormed(text));
/** An id's `@` is escaped: the last raw `@` of `#/<id>@<n>` is the version's. */
const encodeId = (id: string) => encode(id).replace(/@/g, '%40');

/** The app address of a route (query and fragment), which {@link parseLocation} reads back. */
export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'home':
      return `${route.catalog ? `?catalog=${encode(route.catalog)}` : ''}#/`;
    case 'example':
      return `#/example/${encode(route.file)}`;
    case 'url':
      return `?src=${encode(route.src)}${route.sha256 ? `#sha256=${route.sha256}` : ''}`;
    case 'draft':
      return `#/draft/${encode(route.id)}`;
    case 'share':
      return `#/share/${route.payload}${route.base ? `?base=${encode(route.base)}` : ''}`;
    case 'version':
      return `#/version/${route.sha256}`;
    case 'published': {
      const query = route.catalog ? `?catalog=${encode(route.catalog)}` : '';
      const version = route.version ? `@${route.version}` : '';
      return `${query}#/${encodeId(route.id)}${version}${route.card ? '/card' : ''}`;
    }
  }
}
