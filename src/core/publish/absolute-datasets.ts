import { isRelativeUrl } from '../data/dataset-location.ts';
import type { Notebook } from '../format/types.ts';

/**
 * The notebook with its datasets' relative URLs (and mirrors) resolved against its location
 * `base`, so a downloaded copy still reaches them from anywhere; datasets listed in `keep` (local
 * files that travel with it) stay relative. Without an http(s) location nothing changes.
 */
export function absoluteDatasets(notebook: Notebook, base: string, keep: Set<string>): Notebook {
  const datasets = notebook.front.datasets;
  if (!datasets || !/^https?:/i.test(base)) return notebook;
  const resolve = (url: string) => (isRelativeUrl(url) ? new URL(url, base).href : url);
  const out: typeof datasets = {};
  for (const [name, spec] of Object.entries(datasets)) {
    if (keep.has(name)) {
      out[name] = spec;
      continue;
    }
    out[name] = {
      ...spec,
      url: resolve(spec.url),
      ...(Array.isArray(spec.mirrors) && {
        mirrors: spec.mirrors.map((m) => (typeof m === 'string' ? resolve(m) : m)),
      }),
    };
  }
  return { ...notebook, front: { ...notebook.front, datasets: out } };
}
