// Imported first by main.ts: the address must be the route's before the router reads it.
import { adoptPrerenderedRoute } from './prerendered.ts';

adoptPrerenderedRoute();
