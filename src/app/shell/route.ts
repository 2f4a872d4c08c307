/**
 * The app's routes and the one parser of its address, from the core (shared with tests and
 * kept free of the DOM).
 */
export { parseLocation } from '../../core/route/parse-location.ts';
export { hrefOf } from '../../core/route/href.ts';
export type { LinkError, ParsedLocation, Route } from '../../core/route/route.ts';
