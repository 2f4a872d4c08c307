import { serialize } from '../../core/format/index.ts';
import type { Notebook } from '../../core/format/types.ts';
import { absoluteDatasets } from '../../core/publish/absolute-datasets.ts';
import { packBundle } from '../../core/publish/bundle.ts';
import { localFiles } from '../data/local-files.ts';
import { fileName } from './exports.ts';

/**
 * The text a download carries. A published version's text is kept exact (its hash is its
 * identity); a draft's datasets at URLs relative to where it came from are made absolute, so the
 * downloaded file reaches them from anywhere. Datasets in `keep` (files that travel) stay as
 * they are.
 */
export function downloadText(
  text: string,
  notebook: Notebook,
  baseUrl: string,
  exact: boolean,
  keep: Set<string> = new Set(),
): string {
  if (exact) return text;
  const resolved = absoluteDatasets(notebook, baseUrl, keep);
  return resolved === notebook ? text : serialize(resolved);
}

/** `<name>.algobook.zip`: the notebook and, under their relative paths, its local files. */
export async function bundleFile(
  text: string,
  notebook: Notebook,
  baseUrl: string,
  exact: boolean,
): Promise<{ blob: Blob; name: string; missing: string[] }> {
  const { files, missing } = await localFiles(notebook, baseUrl);
  const keep = new Set([...files.values()].flatMap((f) => f.names));
  const md = fileName(notebook, 'md');
  const zip = packBundle(
    md,
    downloadText(text, notebook, baseUrl, exact, keep),
    new Map([...files].map(([path, file]) => [path, file.bytes])),
  );
  return {
    blob: new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
    name: md.replace(/\.algo\.md$/, '.algobook.zip'),
    missing,
  };
}
