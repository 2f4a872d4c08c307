import { link, mkdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The file operations publishing needs; tests inject failing ones. */
export interface SiteFs {
  mkdir(path: string): Promise<string | undefined>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Creates `to` as another name of `from`; fails with EEXIST if `to` exists (no clobbering). */
  link(from: string, to: string): Promise<void>;
  /** Replaces `to` by `from` atomically. */
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Removes a folder publishing created, with what it put there. */
  removeTree(path: string): Promise<void>;
}

export const nodeSiteFs: SiteFs = {
  mkdir: (path) => mkdir(path, { recursive: true }),
  writeFile: (path, data) => writeFile(path, data),
  link,
  rename,
  unlink,
  removeTree: (path) => rm(path, { recursive: true, force: true }),
};

/**
 * One file of a publication, relative to the site: a dataset copy (named by its hash, so one
 * that exists holds the same bytes and is kept), the version, its output snapshot
 * (`vN.outputs.json`) or its page (`vN.html`), none of which is ever replaced, or the latest
 * version's page (`<id>/index.html`) or the catalog, both replaced.
 */
export interface SiteFile {
  path: string;
  data: string | Uint8Array;
  kind: 'dataset' | 'version' | 'snapshot' | 'page' | 'latest' | 'catalog';
}

/** Why a publication was not written; the site is as it was. */
export class SiteWriteError extends Error {
  override name = 'SiteWriteError';
  constructor(
    readonly path: string,
    readonly reason: 'exists' | 'io',
    override readonly cause: unknown,
  ) {
    super(`cannot write ${path}`);
  }
}

// Datasets before the version that reads them, its snapshot and pages, the catalog last.
const ORDER: Record<SiteFile['kind'], number> = {
  dataset: 0,
  version: 1,
  snapshot: 2,
  page: 3,
  latest: 4,
  catalog: 5,
};
/** The files a publication replaces; every other one is only ever added. */
const REPLACED: ReadonlySet<SiteFile['kind']> = new Set(['latest', 'catalog']);

const errno = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * Writes a publication so that the site is either as before or complete: every file is first
 * written under a temporary name beside its place, then moved in, the catalog last (a reader
 * never sees it list a file that is not there yet). A failure at any step removes what this
 * publication had moved in and the folders it created, so a later publish is not blocked by
 * a version file that no catalog lists, and puts back the files it had replaced.
 */
export async function writeSiteFiles(
  site: string,
  files: readonly SiteFile[],
  fs: SiteFs = nodeSiteFs,
): Promise<void> {
  const createdDirs: string[] = [];
  const temporary: string[] = [];
  const movedIn: string[] = [];
  /** The files a publication replaces, each kept under another name (`old`) until the end. */
  const kept: { target: string; old: string; replaced: boolean }[] = [];
  const suffix = `.${process.pid}.${Date.now().toString(36)}.tmp`;
  let current = site;
  try {
    const staged: { file: SiteFile; target: string; temp: string }[] = [];
    for (const file of [...files].sort((a, b) => ORDER[a.kind] - ORDER[b.kind])) {
      current = join(site, file.path);
      const made = await fs.mkdir(dirname(current));
      if (made) createdDirs.push(made);
      const temp = `${current}${suffix}`;
      temporary.push(temp);
      await fs.writeFile(temp, file.data);
      staged.push({ file, target: current, temp });
    }
    for (const { file, target, temp } of staged) {
      current = target;
      if (REPLACED.has(file.kind)) {
        const keep = { target, old: `${target}${suffix}.old`, replaced: false };
        try {
          await fs.link(target, keep.old);
          kept.push(keep);
        } catch (error) {
          if (errno(error) !== 'ENOENT') throw error;
        }
        await fs.rename(temp, target);
        keep.replaced = true;
        movedIn.push(target);
        continue;
      }
      try {
        await fs.link(temp, target);
        movedIn.push(target);
      } catch (error) {
        // A dataset copy already there holds the same bytes: its name is their hash.
        if (errno(error) === 'EEXIST' && file.kind === 'dataset') continue;
        throw error;
      }
    }
  } catch (error) {
    // What this publication added goes; what it replaced is put back over the new file in one
    // step (a rename replaces). Should that fail, the new file stays and the old one keeps its
    // other name, rather than neither staying.
    const hadOld = new Set(kept.filter((k) => k.replaced).map((k) => k.target));
    await undo(
      fs,
      movedIn.filter((path) => !hadOld.has(path)),
      createdDirs,
    );
    for (const keep of kept.filter((k) => k.replaced)) {
      try {
        await fs.rename(keep.old, keep.target);
      } catch {
        kept.splice(kept.indexOf(keep), 1);
      }
    }
    throw new SiteWriteError(current, errno(error) === 'EEXIST' ? 'exists' : 'io', error);
  } finally {
    for (const temp of temporary) await fs.unlink(temp).catch(() => undefined);
    // Put back, not replaced, or replaced by a whole publication: their other name goes.
    for (const { old } of kept) await fs.unlink(old).catch(() => undefined);
  }
}

async function undo(fs: SiteFs, movedIn: readonly string[], createdDirs: readonly string[]) {
  for (const path of [...movedIn].reverse()) await fs.unlink(path).catch(() => undefined);
  for (const dir of [...createdDirs].reverse()) await fs.removeTree(dir).catch(() => undefined);
}
