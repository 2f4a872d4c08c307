import type { DatasetSpec } from '../../core/format/types.ts';

/** One URL a dataset may be downloaded from: its source, or mirror `n` (from 1). */
export interface Source {
  url: string;
  /** 0 for the source itself, n for the n-th mirror. */
  mirror: number;
}

/**
 * The URLs to try for a dataset, in order: its source, then its mirrors; relative ones resolve
 * against the notebook's URL. A URL that cannot be resolved is left as written, to fail with it.
 */
export function sourcesOf(spec: DatasetSpec, baseUrl: string): Source[] {
  const resolve = (url: string) => {
    try {
      return new URL(url, baseUrl).href;
    } catch {
      return url;
    }
  };
  const mirrors = Array.isArray(spec.mirrors) ? spec.mirrors : [];
  return [
    { url: resolve(spec.url), mirror: 0 },
    ...mirrors
      .filter((m): m is string => typeof m === 'string' && !!m)
      .map((m, i) => ({ url: resolve(m), mirror: i + 1 })),
  ];
}
