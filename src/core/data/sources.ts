import type { DatasetSpec } from '../format/types.ts';

/** One URL a dataset may be downloaded from: its source, or mirror `n` (from 1). */
export interface Source {
  url: string;
  /** 0 for the source itself, n for the n-th mirror as the notebook lists them. */
  mirror: number;
}

/**
 * The URLs to try for a dataset, in order: its `url`, then its `mirrors`, relative ones resolved
 * against `baseUrl` (the notebook's own URL). A URL that cannot be resolved is left as written,
 * to fail with it; empty or non-text mirrors are skipped, and a URL listed twice is tried once.
 */
export function sourcesOf(
  spec: Pick<DatasetSpec, 'url' | 'mirrors'>,
  baseUrl?: string | URL,
): Source[] {
  const resolve = (url: string) => {
    if (!baseUrl) return url;
    try {
      return new URL(url, baseUrl).href;
    } catch {
      return url;
    }
  };
  const mirrors: unknown[] = Array.isArray(spec.mirrors) ? spec.mirrors : [];
  const all: Source[] = [{ url: resolve(spec.url), mirror: 0 }];
  mirrors.forEach((m, i) => {
    if (typeof m === 'string' && m) all.push({ url: resolve(m), mirror: i + 1 });
  });
  const seen = new Set<string>();
  return all.filter(({ url }) => !seen.has(url) && !!seen.add(url));
}
