/**
 * How the reader gets each kind of read-only notebook: the notebook, where it came from, and
 * what the publish bar needs to check it (its hash, the hash it is listed under, its versions).
 * Every failure becomes a sentence for the person, in their language.
 */
import type { Notebook } from '../../core/format/types.ts';
// Straight from their files: the index would bring every exporter into the first chunk.
import { decodeShareBundle } from '../../core/publish/share-bundle.ts';
import { storeFiles } from '../data/store-files.ts';
import { textHash } from '../../core/publish/canonical-text.ts';
import { PublishError } from '../../core/publish/errors.ts';
import { i18n, t } from '../i18n/i18n.svelte.ts';
import { exampleIndex } from '../examples/example-index.ts';
import { exampleFile } from '../examples/translations.ts';
import { database } from '../shell/database.ts';
import type { DraftOrigin } from '../storage/drafts.ts';
import { getVersion, listVersions, type VersionRecord } from '../storage/versions.ts';
import { describeStorageError } from '../storage/errors.ts';
import {
  CatalogError,
  DEFAULT_CATALOG,
  catalogHistory,
  fetchVersionText,
  isThirdParty,
  listedVersion,
  loadCatalog,
  versionUrl,
} from '../publish/catalog.ts';
import { describePublishError } from '../publish/describe-error.ts';
import { chainFromLink } from '../publish/chain-from-link.ts';
import type { Anchor } from '../../core/publish/anchor.ts';
import { translationsOf } from '../publish/catalog-languages.ts';
import type { HistoryItem, Opened } from '../publish/opened.ts';
import { loadNotebook, parseText } from './load-notebook.ts';
import type { SnapshotReading } from '../../core/publish/snapshot.ts';
import { fetchSnapshot, isVersionUrl, readFetched } from '../snapshot/fetch-snapshot.ts';

export type Opening =
  | {
      ok: true;
      notebook: Notebook;
      opened: Opened;
      origin: DraftOrigin;
      /**
       * A published version's output snapshot (issue 15), read against its text's hash; `null`
       * when it has none. Fetched in parallel with the text, and never rejects.
       */
      snapshot?: Promise<SnapshotReading | null>;
    }
  | { ok: false; message: string };

/**
 * An example shipped with the app, by file name, or by id in the reader's language (see
 * `exampleFile`).
 */
export async function openExample(ref: string): Promise<Opening> {
  const file = ref.endsWith('.algo.md') ? ref : exampleFile(await exampleIndex(), ref, i18n.locale);
  if (!file) return { ok: false, message: t('examples.unknown', { id: ref }) };
  const loaded = await loadNotebook(`examples/${file}`);
  if (!loaded.ok) return loaded;
  const opened: Opened = {
    text: loaded.text,
    sha256: textHash(loaded.text),
    url: loaded.url,
    where: 'example',
  };
  return { ok: true, notebook: loaded.notebook, opened, origin: { kind: 'example', ref: file } };
}

/** A file anywhere on the web; with `sha256`, a file whose text hashes differently is refused. */
export async function openUrl(src: string, sha256?: string): Promise<Opening> {
  // A published version's file (`…/v3.algo.md`) may have its outputs beside it: both at once.
  const address = URL.canParse(src, location.href) ? new URL(src, location.href).href : '';
  const snapshot = isVersionUrl(address) ? fetchSnapshot(address) : null;
  const loaded = await loadNotebook(src);
  if (!loaded.ok) return loaded;
  const actual = textHash(loaded.text);
  // Only a hash the link pins vouches for the text; what the file says of itself does not.
  let anchor: Anchor | null = sha256 ? { kind: 'hash', sha256 } : null;
  if (sha256 && actual !== sha256) {
    // The link may pin a later version, whose parents lead to this one.
    const version = loaded.notebook.front.version;
    anchor = version
      ? await chainFromLink(loaded.url, { version, text: loaded.text }, sha256)
      : null;
    if (!anchor)
      return {
        ok: false,
        message: t('publish.src.mismatch', { url: loaded.url, expected: sha256, actual }),
      };
  }
  const opened: Opened = {
    text: loaded.text,
    sha256: actual,
    url: loaded.url,
    where: 'url',
    ...(anchor && { expected: anchor.sha256, anchor }),
  };
  return {
    ok: true,
    notebook: loaded.notebook,
    opened,
    origin: { kind: 'url', ref: src },
    ...(snapshot && { snapshot: readFetched(snapshot, actual) }),
  };
}

/** A notebook whose text is in the link. */
export async function openShare(payload: string, base?: string): Promise<Opening> {
  let text: string;
  let files: Map<string, Uint8Array>;
  try {
    ({ text, files } = await decodeShareBundle(payload));
  } catch (error) {
    const reason = error instanceof PublishError ? describePublishError(error) : String(error);
    return { ok: false, message: t('publish.share.bad', { reason }) };
  }
  const url = base ?? '';
  const loaded = parseText(text, url || location.href);
  if (!loaded.ok) return { ok: false, message: loaded.message };
  // The link's own files, each checked against its pin before it is kept.
  try {
    if (files.size) await storeFiles(loaded.notebook, files);
  } catch (error) {
    const reason = error instanceof PublishError ? describePublishError(error) : String(error);
    return { ok: false, message: t('localdata.share.refused', { reason }) };
  }
  const opened: Opened = { text, sha256: textHash(text), url, where: 'share' };
  const origin: DraftOrigin = base ? { kind: 'url', ref: base } : { kind: 'new' };
  return { ok: true, notebook: loaded.notebook, opened, origin };
}

/** A stored version's history entry. */
export function localItem(record: VersionRecord): HistoryItem {
  return {
    version: record.version,
    sha256: record.sha256,
    published: record.published,
    message: record.message,
    href: `#/version/${record.sha256}`,
    text: () => Promise.resolve(record.text),
  };
}

/** The stored versions of notebook `id`, as a history list. */
export async function localHistory(id: string): Promise<HistoryItem[]> {
  return (await listVersions(await database(), id)).map(localItem);
}

/** A version published in this browser. */
export async function openLocalVersion(sha256: string): Promise<Opening> {
  let record: VersionRecord | undefined;
  try {
    record = await getVersion(await database(), sha256);
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
  if (!record) return { ok: false, message: t('publish.version.missing', { hash: sha256 }) };
  const url = record.base ?? '';
  const loaded = parseText(record.text, url || location.href);
  if (!loaded.ok) return { ok: false, message: loaded.message };
  const notebook = record.notebook;
  const opened: Opened = {
    text: record.text,
    sha256: textHash(record.text),
    url,
    where: 'local',
    expected: record.sha256,
    anchor: { kind: 'stored', sha256: record.sha256 },
    history: () => localHistory(notebook),
  };
  const origin: DraftOrigin = url ? { kind: 'url', ref: url } : { kind: 'new' };
  // Published in this browser: its snapshot was stored with it (publish-draft.ts).
  const snapshot =
    record.snapshot === undefined
      ? null
      : readFetched(Promise.resolve({ kind: 'text', text: record.snapshot }), opened.sha256);
  return { ok: true, notebook: loaded.notebook, opened, origin, ...(snapshot && { snapshot }) };
}

/**
 * A notebook of the site's own catalog, or of the third-party `catalog` the link names: version
 * `version`, or the latest.
 */
export async function openPublished(
  id: string,
  version?: number,
  address: string = DEFAULT_CATALOG,
): Promise<Opening> {
  try {
    const thirdParty = isThirdParty(address);
    const { url: catalogUrl, catalog } = await loadCatalog(address);
    const { entry, wanted, listed } = listedVersion(catalog, id, version);
    if (!entry)
      return { ok: false, message: t('publish.catalog.noEntry', { id, url: catalogUrl }) };
    if (!listed)
      return { ok: false, message: t('publish.catalog.noVersion', { id, version: wanted }) };
    const url = versionUrl(catalogUrl, listed);
    // Its outputs as published, in parallel with its text: painted before the run (issue 15).
    const snapshot = fetchSnapshot(url);
    const text = await fetchVersionText(url);
    const loaded = parseText(text, url);
    if (!loaded.ok) return { ok: false, message: loaded.message };
    const sha256 = textHash(text);
    const opened: Opened = {
      text,
      sha256,
      url,
      where: 'catalog',
      expected: listed.sha256,
      history: () => Promise.resolve(catalogHistory(catalogUrl, entry)),
      catalog: {
        url: catalogUrl,
        entry,
        thirdParty,
        translations: translationsOf(catalog.notebooks, entry),
      },
      // Only the site's own catalog anchors: another one is whoever wrote it, vouching for
      // itself, so its notebook is shown as having no published record, with the origin.
      ...(thirdParty
        ? {}
        : { anchor: { kind: 'catalog', sha256: listed.sha256, url: catalogUrl } }),
    };
    return {
      ok: true,
      notebook: loaded.notebook,
      opened,
      origin: { kind: 'url', ref: url },
      snapshot: readFetched(snapshot, sha256),
    };
  } catch (error) {
    if (error instanceof CatalogError || error instanceof Error)
      return { ok: false, message: error.message };
    return { ok: false, message: String(error) };
  }
}
