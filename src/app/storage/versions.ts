import type { AlgobookDB } from './db.ts';

/**
 * Published versions kept in this browser (issue 5). A version is immutable: its key is the
 * SHA-256 of its canonical text.
 */
export interface VersionRecord {
  /** SHA-256 of `text`, the version's identity. */
  sha256: string;
  /** The notebook's front-matter `id`. */
  notebook: string;
  /** The version number, from 1. */
  version: number;
  /** The canonical text of the version, exactly as hashed. */
  text: string;
  /** The author's publish message. */
  message: string;
  /** ISO date-time of publication. */
  published: string;
  /** The draft it was published from, if any. */
  draft?: string;
  /** The URL relative dataset paths of the text resolve against (where its draft came from). */
  base?: string;
  /**
   * The text of its output snapshot (`vN.outputs.json`, `snapshotFileText`): what each cell
   * showed in the publishing run, bound to `sha256`. Absent from versions stored before
   * snapshots existed; a reader reads it with `readSnapshot` like any other.
   */
  snapshot?: string;
}

/** Why {@link addVersion} refused a version: the UI words it in the person's language. */
export class VersionExistsError extends Error {
  override name = 'VersionExistsError';
  constructor(
    /** `hash`: this exact text is stored already; `number`: the notebook has this version number. */
    readonly reason: 'hash' | 'number',
    readonly notebook: string,
    readonly version: number,
  ) {
    super(
      reason === 'hash'
        ? `This exact text is already stored as a version (of "${notebook}").`
        : `"${notebook}" already has a version ${version}; a published version is never replaced.`,
    );
  }
}

/**
 * Stores a new version. A version is never overwritten: when its hash, or its notebook's
 * version number, is stored already, nothing is written and this rejects with
 * {@link VersionExistsError}. The checks and the write share one transaction, so two tabs
 * publishing at once cannot both get the same number.
 */
export async function addVersion(db: AlgobookDB, record: VersionRecord): Promise<void> {
  const tx = db.transaction('versions', 'readwrite');
  const write = async () => {
    if (await tx.store.getKey(record.sha256))
      throw new VersionExistsError('hash', record.notebook, record.version);
    if (await tx.store.index('notebook').getKey([record.notebook, record.version]))
      throw new VersionExistsError('number', record.notebook, record.version);
    await tx.store.add(record);
  };
  try {
    await Promise.all([write(), tx.done]);
  } catch (error) {
    if (!(error instanceof VersionExistsError)) {
      await tx.done.catch(() => {});
      throw tx.error ?? error;
    }
    // Nothing was written; ending the transaction now keeps it from waiting to commit nothing.
    try {
      tx.abort();
    } catch {
      // already finished
    }
    await tx.done.catch(() => {});
    throw error;
  }
}

/** The versions of notebook `id` stored in this browser, oldest (version 1) first. */
export function listVersions(db: AlgobookDB, id: string): Promise<VersionRecord[]> {
  return db.getAllFromIndex(
    'versions',
    'notebook',
    IDBKeyRange.bound([id, -Infinity], [id, Infinity]),
  );
}

/** The version whose text hashes to `sha256`, or `undefined`. */
export function getVersion(db: AlgobookDB, sha256: string): Promise<VersionRecord | undefined> {
  return db.get('versions', sha256);
}

/** The latest stored version of notebook `id`, or `undefined` when it has none. */
export async function latestVersion(
  db: AlgobookDB,
  id: string,
): Promise<VersionRecord | undefined> {
  const cursor = await db
    .transaction('versions')
    .store.index('notebook')
    .openCursor(IDBKeyRange.bound([id, -Infinity], [id, Infinity]), 'prev');
  return cursor?.value;
}
