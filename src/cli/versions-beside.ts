import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { textHash, type FindVersion } from '../core/publish/index.ts';
import { fetchText, type NotebookSource } from './notebook-source.ts';

/**
 * The versions found beside a version, by the sha256 of their text: for a file, every
 * `*.algo.md` in its folder, whatever its name (the app names downloads `<name>-v2.algo.md`,
 * `algobook publish` `v2.algo.md`); for a URL, which cannot list its folder, the site layout's
 * `v1.algo.md` … `v<n-1>.algo.md` beside it. Read once, on the first question.
 */
export function versionsBeside(source: NotebookSource, version: number): FindVersion {
  let index: Promise<Map<string, string>> | undefined;
  return async (sha256) => {
    index ??=
      source.base.kind === 'dir' ? folderIndex(source.base.dir) : siteIndex(source, version);
    return (await index).get(sha256.toLowerCase());
  };
}

async function folderIndex(dir: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return texts;
  }
  for (const name of names.filter((n) => n.endsWith('.algo.md')).sort()) {
    try {
      const text = await readFile(join(dir, name), 'utf8');
      texts.set(textHash(text), text);
    } catch {
      // A folder, or a file that cannot be read: not a version.
    }
  }
  return texts;
}

async function siteIndex(source: NotebookSource, version: number): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  if (source.base.kind !== 'url') return texts;
  for (let n = 1; n < version; n++) {
    const text = await fetchText(new URL(`v${n}.algo.md`, source.base.url));
    if (typeof text === 'string') texts.set(textHash(text), text);
  }
  return texts;
}
