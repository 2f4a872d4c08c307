import { fileURLToPath } from 'node:url';

/** The app as `npm run build` writes it, in this package: served and started in published pages. */
export const BUILT_APP = fileURLToPath(new URL('../../dist/', import.meta.url));
