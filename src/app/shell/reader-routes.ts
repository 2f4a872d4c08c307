import type { Route } from './route.ts';

/** The read-only routes, which open a notebook and run it at once: they want a runner early. */
const READER_ROUTES: ReadonlySet<Route['name']> = new Set([
  'example',
  'url',
  'share',
  'version',
  'published',
]);

export const isReaderRoute = (route: Route): boolean => READER_ROUTES.has(route.name);
