import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { download, DownloadMismatch, type FetchFn } from '../core/data/download.ts';
import { sourcesOf } from '../core/data/sources.ts';
import { DownloadError } from '../core/data/download-error.ts';
import { DatasetHashMismatch } from '../core/data/errors.ts';
import type { DatasetSpec } from '../core/format/types.ts';

export interface LoaderOptions {
  /** Where to say which mirror served a dataset; default standard error. */
  report?: (message: string) => void;
  fetch?: FetchFn;
}

/**
 * The command line's `RuntimeHost.loadDataset`. A dataset's `url` and then its `mirrors` are
 * tried in order, through the same `download` as the browser: http(s) URLs are fetched, other
 * entries are paths (or URLs) relative to `base`, the notebook's folder or its URL. The first
 * source serving the pinned bytes wins; when one did not, the loader says which mirror served.
 * When none serves the pinned bytes, a `DatasetHashMismatch` names both hashes and the URL.
 */
export function datasetLoader(base: string | URL, options: LoaderOptions = {}) {
  const baseUrl = typeof base === 'string' ? pathToFileURL(`${resolve(base)}/`) : base;
  const report = options.report ?? ((message: string) => process.stderr.write(`${message}\n`));
  const fetchFn = withFiles(options.fetch ?? ((input, init) => fetch(input, init)));
  return async (name: string, spec: DatasetSpec): Promise<Uint8Array> => {
    const sources = sourcesOf(spec, baseUrl).map((source) => source.url);
    const expected = spec.sha256.toLowerCase();
    let result;
    try {
      result = await download(sources, { fetch: fetchFn, sha256: expected, bytes: spec.bytes });
    } catch (error) {
      if (error instanceof DownloadMismatch) {
        const { url, mismatch } = error.changed;
        const actual = mismatch.sha256 ?? `other bytes (more than the pinned ${spec.bytes} bytes)`;
        throw new DatasetHashMismatch(name, expected, actual, shown(url));
      }
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`Dataset "${name}": ${message}`, { cause: error });
    }
    const served = shown(result.url);
    if (result.failures.length) {
      const why = result.failures.map(({ url, error }) =>
        'message' in error
          ? error.message
          : `${shown(url)} serves other bytes (${error.sha256 ? `sha256 ${error.sha256}` : `more than the pinned ${spec.bytes} bytes`}).`,
      );
      report(`Dataset "${name}" served by ${served}; ${why.join(' ')}`);
    }
    return result.bytes;
  };
}

/** `fetch` that also reads `file:` URLs, as a Response, so files go through `download` too. */
export function withFiles(fetchFn: FetchFn): FetchFn {
  return async (input, init) => {
    if (!input.startsWith('file:')) return fetchFn(input, init);
    const path = fileURLToPath(input);
    try {
      return new Response(new Uint8Array(await readFile(path)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder' : String(error);
      throw new DownloadError('unreachable', path, {
        cause: error,
        message: `cannot read ${path} (${why}).`,
      });
    }
  };
}

/** File URLs as paths, as people wrote them. */
function shown(url: string): string {
  return url.startsWith('file:') ? fileURLToPath(url) : url;
}
