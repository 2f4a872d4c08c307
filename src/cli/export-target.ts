import { basename, join, resolve } from 'node:path';
import type { NotebookSource } from './notebook-source.ts';

/** Where `algobook export` writes: standard output, or a file. */
export type ExportTarget = { kind: 'stdout' } | { kind: 'file'; path: string };

const EXTENSIONS = { ipynb: 'ipynb', html: 'html', md: 'algo.md' } as const;

/**
 * `-o OUT` as given (`-o -` is standard output); without it, a file next to the notebook named
 * after it (`x.algo.md` → `x.ipynb`, `x.html`), or in the current folder for a URL. Undefined
 * when that file would be the notebook itself (`--to md` of `x.algo.md`): never replaced.
 */
export function exportTarget(
  source: NotebookSource,
  to: keyof typeof EXTENSIONS,
  output: string | undefined,
): ExportTarget | undefined {
  if (output === '-') return { kind: 'stdout' };
  if (output !== undefined) return { kind: 'file', path: output };
  const name =
    source.base.kind === 'dir'
      ? basename(source.base.file)
      : decodeURIComponent(source.base.url.pathname.split('/').pop() ?? '');
  const stem = name.replace(/\.algo\.md$|\.md$|\.[^.]*$/i, '') || 'notebook';
  const file = `${stem}.${EXTENSIONS[to]}`;
  const path = source.base.kind === 'dir' ? join(source.base.dir, file) : file;
  if (source.base.kind === 'dir' && resolve(path) === source.base.file) return undefined;
  return { kind: 'file', path };
}
