import { realpath } from 'node:fs/promises';
import { basename, isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A dataset's file inside the notebook's folder (its real path, its name), or why not. */
export type DatasetPath =
  { ok: true; file: string; name: string } | { ok: false; why: string; fix: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Whether a dataset URL names a web resource (left as is) rather than a file beside the notebook. */
export function isWebUrl(url: string): boolean {
  return SCHEME.test(url) && !url.toLowerCase().startsWith('file:');
}

/**
 * Where a relative dataset URL points, read with the URL rules `algobook run` and the browser
 * use (`data/a%20b.csv` is the file `data/a b.csv`), and only if it stays inside the notebook's
 * folder `dir`: the site is public, and publishing copies the file into it. An absolute path, a
 * `file:` URL, `..` that climbs out, or a symbolic link whose target is outside are refused.
 */
export async function datasetPath(url: string, dir: string): Promise<DatasetPath> {
  const fix =
    'copy the file into the notebook\'s folder (e.g. data/) and pin it by its path relative to the notebook, e.g. "url: data/file.csv"';
  if (SCHEME.test(url) || url.startsWith('/') || url.startsWith('\\') || isAbsolute(url))
    return { ok: false, why: 'is an absolute path or a file: URL', fix };
  let file: string;
  try {
    const base = pathToFileURL(dir.endsWith(sep) ? dir : `${dir}${sep}`);
    const resolved = new URL(url, base);
    if (resolved.search || resolved.hash)
      return { ok: false, why: 'has a query or fragment, which a file has not', fix };
    file = fileURLToPath(resolved);
  } catch {
    return { ok: false, why: 'is not a valid relative URL', fix };
  }
  if (!inside(dir, file)) return { ok: false, why: "leaves the notebook's folder", fix };
  let real: string;
  let realDir: string;
  try {
    [real, realDir] = await Promise.all([realpath(file), realpath(dir)]);
  } catch {
    return { ok: false, why: `cannot be read (${file} does not exist)`, fix: 'check its path' };
  }
  if (!inside(realDir, real))
    return { ok: false, why: `is a symbolic link to ${real}, outside the notebook's folder`, fix };
  // The name as the URL decodes it (`a%20b.csv` is `a b.csv`), not the link's target's.
  return { ok: true, file: real, name: basename(file) };
}

function inside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
