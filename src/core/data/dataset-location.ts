import type { DatasetSpec } from '../format/types.ts';
import { sourcesOf, type Source } from './sources.ts';

/**
 * True when a dataset URL is relative (`data/sales.csv`): a file beside the notebook, which
 * only the notebook's own location can serve.
 */
export function isRelativeUrl(url: string): boolean {
  try {
    new URL(url);
    return false;
  } catch {
    return true;
  }
}

/**
 * The URLs a dataset may be fetched from. A relative URL resolves only against the notebook's
 * own location (`base`: the URL it was opened from); a notebook without one (a draft, a share
 * link, an imported file) has its relative files in this browser or nowhere, so they are never
 * fetched from the app's own origin, which would answer with its own page.
 */
export function fetchableSources(
  spec: Pick<DatasetSpec, 'url' | 'mirrors'>,
  base: string | undefined,
): Source[] {
  const located = !!base && !isRelativeUrl(base);
  return sourcesOf(spec, located ? base : undefined).filter(
    (source) => located || !isRelativeUrl(source.url),
  );
}

/**
 * The relative URL a local file is pinned at: `data/<its name>`, where a bundle's folder has it
 * and the command line finds it beside the notebook. Characters that a URL or a folder would
 * read otherwise (`/`, `?`, `#`, `%`, `:`, spaces…) become `-`.
 */
export function localFileUrl(fileName: string): string {
  const safe = fileName
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[.-]+/, '')
    .slice(-120);
  return `data/${safe || 'file'}`;
}
