import { hrefOf, parseRoute, type Route } from './route.ts';

/** The current route, kept in step with the address bar. */
class Router {
  route: Route = $state(parseRoute(location.search, location.hash));

  constructor() {
    const sync = () => (this.route = parseRoute(location.search, location.hash));
    addEventListener('hashchange', () => {
      // A link to a route (`#/...`, e.g. "Back to the home page") followed from a `?src=` page
      // must leave that page: the query string would otherwise win over the new hash.
      if (location.search && location.hash.startsWith('#/')) {
        history.replaceState(null, '', location.pathname + location.hash);
      }
      sync();
    });
    addEventListener('popstate', sync);
  }

  go(route: Route) {
    const href = hrefOf(route);
    // Leaving a ?src= page for a hash route must drop the query string too.
    const url = href.startsWith('?') ? href : location.pathname + href;
    history.pushState(null, '', url);
    this.route = route;
  }
}

export const router = new Router();
