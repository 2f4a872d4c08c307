// Before the router reads the address: a published page's address becomes its route's
// (prerendered.ts). Imported here, by the module that reads it, so that no bundling of the
// modules into chunks can evaluate the router first.
import './adopt-prerendered.ts';
import { hrefOf, parseLocation, type ParsedLocation, type Route } from './route.ts';

/**
 * The query string without `src`: what stays when leaving a `?src=` page by a link to a hash
 * route (`?catalog=` names the catalog that link belongs to).
 */
function keptSearch(): string {
  // Read once and dropped: nothing reactive.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const params = new URLSearchParams(location.search);
  params.delete('src');
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

const here = (): ParsedLocation => parseLocation(location.search, location.hash);

/** The current route, or why the address is not one, kept in step with the address bar. */
class Router {
  location: ParsedLocation = $state.raw(here());

  /** The route, or the home page while the address is an error (read `location` to tell). */
  get route(): Route {
    return this.location.ok ? this.location.route : { name: 'home' };
  }

  constructor() {
    const sync = () => (this.location = here());
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

  /**
   * Goes to `route`. Its whole address comes from the route (a `?catalog=` is kept only when
   * the route names it), and is read back by the parser like any other: a route built from what
   * a person typed gets the same checks as a link.
   */
  go(route: Route) {
    history.pushState(null, '', location.pathname + hrefOf(route));
    this.location = here();
  }
}

export const router = new Router();
