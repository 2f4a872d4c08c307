import type { ForkOf } from '../../core/format/types.ts';
import { textHash } from '../../core/publish/canonical-text.ts';
import { t } from '../i18n/i18n.svelte.ts';
import { database } from '../shell/database.ts';
import { getVersion } from '../storage/versions.ts';
import { fetchVersionText } from './catalog.ts';

/** The app address of a fork's origin: its file pinned by hash, or the version stored here. */
export function originHref(forkOf: ForkOf): string {
  return forkOf.url
    ? `?src=${encodeURIComponent(forkOf.url)}#sha256=${forkOf.sha256}`
    : `#/version/${forkOf.sha256}`;
}

/**
 * The text of the version a fork comes from, checked against the hash the fork recorded: from
 * this browser's versions when it is there, else from its URL.
 */
export async function originText(forkOf: ForkOf): Promise<string> {
  const stored = await database()
    .then((db) => getVersion(db, forkOf.sha256))
    .catch(() => undefined);
  if (stored && textHash(stored.text) === forkOf.sha256) return stored.text;
  if (!forkOf.url)
    throw new Error(t('publish.fork.originMissing', { id: forkOf.id, n: forkOf.version }));
  const text = await fetchVersionText(forkOf.url);
  if (textHash(text) !== forkOf.sha256)
    throw new Error(t('publish.fork.originChanged', { url: forkOf.url }));
  return text;
}
