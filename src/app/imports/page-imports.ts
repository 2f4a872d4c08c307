import { importSource } from '../../core/imports/module-source.ts';
import { resolveImports } from '../../core/imports/resolve.ts';
import type { BytesCache } from '../data/bytes-cache.ts';
import { pageImportCache, pageImportLoader } from './page-loader.ts';
import type { ImportDeps } from './session-imports.ts';

/**
 * How the page resolves imports: the core's resolver (the command line's too), the page's
 * downloader, and the datasets' content-addressed cache.
 */
export function pageImportDeps(cache: BytesCache): ImportDeps {
  return {
    resolve: resolveImports,
    toModule: importSource,
    load: pageImportLoader(),
    cache: pageImportCache(cache),
  };
}
