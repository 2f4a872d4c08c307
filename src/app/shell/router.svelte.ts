import { hrefOf, parseRoute, type Route } from './route.ts';

/**
 * The query string without `src`: what stays when leaving a `?src=` page for a hash route
 * (`?catalog=` names the site's catalog and must survive navigation).
 */
function keptSearch(): string {
  // Read once and dropped: nothing reactive.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const params = new URLSearchParams(location.search);
  params.delete('src');
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/** The current route, kept in step with the address bar. */
class Router {
  route: Route = $state(parseRoute(location.search, location.hash));

  constructor() {
    const sync = () => (this.route = parseRoute(location.search, location.hash));
    addEventListener('hashchange', () => {
      // A link to a route (`#/...`, e.g. "Back to the home page") followed from a `?src=` page
      // must leave that page: the query string would otherwise win over the new hash.
      if (new URLSearchParams(location.search).has('src') && location.hash.startsWith('#/')) {
        history.replaceState(null, '', location.pathname + keptSearch() + location.hash);
      }
      sync();
    });
    addEventListener('popstate', sync);
  }

  go(route: Route) {
    const href = hrefOf(route);
    // Leaving a ?src= page for a hash route must drop `src` too.
    const url = href.startsWith('?') ? href : location.pathname + keptSearch() + href;
    history.pushState(null, '', url);
    this.route = route;
  }
}

export const router = new Router();
