import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DatasetSpec } from '../core/format/types.ts';

/**
 * The command line's `RuntimeHost.loadDataset`: an http(s) URL is fetched, anything else is a
 * path relative to the notebook's folder. The bytes are returned unchecked: the runtime checks
 * them against the pinned sha256 (`readDataset`) and names both hashes when they differ.
 */
export function datasetLoader(notebookDir: string) {
  return async (name: string, spec: DatasetSpec): Promise<Uint8Array> => {
    if (/^https?:\/\//i.test(spec.url)) return fetchBytes(name, spec.url);
    const path = resolve(notebookDir, spec.url);
    try {
      return new Uint8Array(await readFile(path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder' : String(error);
      throw new Error(`Dataset "${name}": cannot read ${path} (${why}).`, { cause: error });
    }
  };
}

async function fetchBytes(name: string, url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    const cause =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new Error(`Dataset "${name}": could not reach ${url} (${cause}).`, { cause: error });
  }
  if (!response.ok) {
    throw new Error(
      `Dataset "${name}": ${url} answered ${response.status} ${response.statusText}.`,
    );
  }
  return new Uint8Array(await response.arrayBuffer());
}
