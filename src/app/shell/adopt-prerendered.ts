// Imported by the router, the one module that reads the address as it loads: the address must
// be the route's before it does (a module's imports run before it, whatever the chunks).
import { adoptPrerenderedRoute } from './prerendered.ts';

adoptPrerenderedRoute();
