/**
 * A notebook with the bytes of its local files, as one zip: `<name>.algo.md` at the top, and each
 * file at the relative URL its dataset pins (`data/sales.csv`). The same zip is the "bundle" the
 * app downloads and the CLI opens, and the payload of a share link that carries data.
 *
 * A zip is a stranger's input: its entries are counted and their declared sizes capped before
 * anything is inflated (fflate inflates into a buffer of the declared size, never more), names
 * that could leave the folder are refused, and every file must be one a dataset pins, with the
 * pinned SHA-256.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { sha256Hex } from '../data/sha256.ts';
import { isRelativeUrl } from '../data/dataset-location.ts';
import type { Notebook } from '../format/types.ts';
import { PublishError } from './errors.ts';

/** Most entries a bundle may hold: a notebook and its files. */
export const MAX_BUNDLE_ENTRIES = 256;
/** Most bytes a bundle may unpack to, all entries together. */
export const MAX_BUNDLE_BYTES = 512 * 1024 * 1024;

/** The notebook's text, its file name in the zip, and its files by relative path. */
export interface Bundle {
  name: string;
  text: string;
  files: Map<string, Uint8Array>;
}

/** True when bytes are a zip (they start with a local file header). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The path a relative dataset URL names inside a bundle, or null when it could leave it. */
export function bundlePath(url: string): string | null {
  if (!isRelativeUrl(url)) return null;
  const path = url.replace(/^(\.\/)+/, '');
  const parts = path.split('/');
  const safe = parts.every((part) => /^[^\\:\p{Cc}?#%]+$/u.test(part) && !/^\.+$/.test(part));
  return safe && !path.startsWith('/') ? path : null;
}

/** Packs a notebook's text and its files (by relative path) into a zip. */
export function packBundle(name: string, text: string, files: Map<string, Uint8Array>): Uint8Array {
  const entries: Zippable = { [name]: new TextEncoder().encode(text) };
  for (const [path, bytes] of files) entries[path] = bytes;
  return zipSync(entries, { level: 9 });
}

/**
 * Unpacks a bundle: exactly one `.algo.md` at the top, other entries only files at safe
 * relative paths (directories are skipped), within `maxBytes` in all. Throws a
 * {@link PublishError} naming the entry at fault.
 */
export function unpackBundle(zip: Uint8Array, maxBytes = MAX_BUNDLE_BYTES): Bundle {
  let count = 0;
  let total = 0;
  let unpacked;
  try {
    unpacked = unzipSync(zip, {
      filter(entry) {
        if (++count > MAX_BUNDLE_ENTRIES)
          throw new PublishError(
            'bundle-too-many',
            `This bundle holds more than ${MAX_BUNDLE_ENTRIES} files; a notebook's bundle holds far fewer, so it is refused.`,
            { limit: MAX_BUNDLE_ENTRIES },
          );
        if (entry.name.endsWith('/') && entry.originalSize === 0) return false;
        if (!bundlePath(entry.name))
          throw new PublishError(
            'bundle-bad-path',
            `This bundle holds “${entry.name}”, a name that could point outside its folder; it is refused.`,
            { entry: entry.name },
          );
        total += entry.originalSize;
        if (total > maxBytes)
          throw new PublishError(
            'bundle-too-large',
            `This bundle unpacks to more than ${Math.round(maxBytes / 1024 / 1024)} MB; it is refused.`,
            { limit: Math.round(maxBytes / 1024 / 1024) },
          );
        return true;
      },
    });
  } catch (error) {
    if (error instanceof PublishError) throw error;
    throw new PublishError(
      'bundle-corrupt',
      'This bundle is damaged: it cannot be unpacked as a zip.',
    );
  }
  const notebooks = Object.keys(unpacked).filter((n) => !n.includes('/') && n.endsWith('.algo.md'));
  if (notebooks.length !== 1)
    throw new PublishError(
      'bundle-no-notebook',
      `A bundle holds exactly one notebook (a .algo.md file at its top); this one holds ${notebooks.length}.`,
      { count: notebooks.length },
    );
  const [name] = notebooks;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(unpacked[name]);
  } catch {
    throw new PublishError('bundle-not-text', `${name} in this bundle is not text.`, {
      entry: name,
    });
  }
  const files = new Map<string, Uint8Array>();
  for (const [path, bytes] of Object.entries(unpacked)) if (path !== name) files.set(path, bytes);
  return { name, text, files };
}

/**
 * Checks a bundle's files against its notebook: each must be the file of a dataset (at its
 * relative URL) with the pinned SHA-256 and size. Returns the files by their hash.
 */
export async function checkBundleFiles(
  notebook: Notebook,
  files: Map<string, Uint8Array>,
): Promise<Map<string, Uint8Array>> {
  const pins = new Map<string, string>();
  for (const spec of Object.values(notebook.front.datasets ?? {})) {
    const path = bundlePath(spec.url);
    if (path) pins.set(path, spec.sha256.toLowerCase());
  }
  const byHash = new Map<string, Uint8Array>();
  for (const [path, bytes] of files) {
    const pinned = pins.get(path);
    if (!pinned)
      throw new PublishError(
        'bundle-unexpected',
        `This bundle holds “${path}”, which no dataset of the notebook reads; it is refused.`,
        { entry: path },
      );
    const actual = await sha256Hex(bytes);
    if (actual !== pinned)
      throw new PublishError(
        'bundle-hash-mismatch',
        `“${path}” in this bundle is not the file the notebook pins (SHA-256 ${actual.slice(0, 12)}…, pinned ${pinned.slice(0, 12)}…); it is refused.`,
        { entry: path, actual: actual.slice(0, 12), pinned: pinned.slice(0, 12) },
      );
    byHash.set(pinned, bytes);
  }
  return byHash;
}
