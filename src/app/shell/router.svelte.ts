import { hrefOf, parseRoute, type Route } from './route.ts';

/** The current route, kept in step with the address bar. */
class Router {
  route: Route = $state(parseRoute(location.search, location.hash));

  constructor() {
    const sync = () => (this.route = parseRoute(location.search, location.hash));
    addEventListener('hashchange', sync);
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
