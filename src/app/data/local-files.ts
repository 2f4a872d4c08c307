import { isRelativeUrl } from '../../core/data/dataset-location.ts';
import { bundlePath } from '../../core/publish/bundle.ts';
import type { Notebook } from '../../core/format/types.ts';
import { database } from '../shell/database.ts';

/** A notebook's local files: the bytes this browser has, by path, and the datasets it lacks. */
export interface LocalFiles {
  /** Bytes by relative path (the dataset's URL), with the datasets that read them. */
  files: Map<string, { bytes: Uint8Array; names: string[] }>;
  /** Datasets whose file is local but not in this browser. */
  missing: string[];
}

/**
 * The files that must travel with a notebook: datasets at a relative URL when the notebook has
 * no location of its own (`base` empty or not http), or whose bytes were added here from a file
 * (stored with `origin: 'file'`) wherever the notebook lives.
 */
export async function localFiles(notebook: Notebook, base: string): Promise<LocalFiles> {
  const located = /^https?:/i.test(base);
  const db = await database();
  const files: LocalFiles['files'] = new Map();
  const missing: string[] = [];
  for (const [name, spec] of Object.entries(notebook.front.datasets ?? {})) {
    const path = isRelativeUrl(spec.url) ? bundlePath(spec.url) : null;
    if (!path) continue;
    const known = files.get(path);
    if (known) {
      known.names.push(name);
      continue;
    }
    const record = await db.get('datasets', spec.sha256.toLowerCase());
    if (located && record?.origin !== 'file') continue;
    if (!record) {
      missing.push(name);
      continue;
    }
    files.set(path, { bytes: new Uint8Array(await record.data.arrayBuffer()), names: [name] });
  }
  return { files, missing };
}
