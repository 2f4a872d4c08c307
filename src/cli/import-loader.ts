import { pathToFileURL } from 'node:url';
import type { FetchFn } from '../core/data/download.ts';
import { downloadLoader } from '../core/imports/download-loader.ts';
import { resolveImports } from '../core/imports/resolve.ts';
import type { ImportEntry } from '../core/imports/types.ts';
import { withFiles } from './load-dataset.ts';
import type { NotebookSource } from './notebook-source.ts';

/**
 * The URL a notebook's relative imports resolve against: its file as a `file:` URL (a file, a
 * bundle's notebook, a version in a site folder), or the URL it was read from.
 */
export function sourceUrl(source: NotebookSource): string {
  return source.base.kind === 'url' ? source.base.url.href : pathToFileURL(source.base.file).href;
}

/**
 * Resolves the imports of a notebook the command line read, with a loader that reads `file:`
 * URLs from disk and fetches http(s) ones. The format refuses a `file:` URL in `imports:`, so a
 * notebook read from the web reaches no file of the person's: only one read from disk has
 * relative imports that are files.
 */
export function resolveSourceImports(
  source: NotebookSource,
  fetchFn: FetchFn = (input, init) => fetch(input, init),
): Promise<Record<string, ImportEntry>> {
  return resolveImports(
    source.notebook.front,
    sourceUrl(source),
    downloadLoader(withFiles(fetchFn)),
  );
}

/** The failed imports, one line each (the error's English message). */
export function importFailures(imports: Record<string, ImportEntry>): string[] {
  return Object.values(imports).flatMap((entry) =>
    'error' in entry ? [`${entry.error.name}: ${entry.error.message}`] : [],
  );
}
