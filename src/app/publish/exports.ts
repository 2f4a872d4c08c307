import type { Notebook } from '../../core/format/types.ts';
import type { ImportEntry } from '../../core/imports/types.ts';
import { toIpynb, toStandaloneHtml } from '../../core/publish/index.ts';
import type { OutputsByCell } from '../../core/publish/types.ts';
import { deriveCard, type TransparencyCard } from '../../core/citizen/index.ts';
import { notebookFileName } from '../../core/publish/file-name.ts';

// Kept apart so that publishing and verifying get them without the exporters.
export { outputsOf } from './page-outputs.ts';

export type ExportKind = 'md' | 'ipynb' | 'html';

/** A file name for the notebook: its title's slug, its version when it has one, the extension. */
export function fileName(notebook: Notebook, kind: ExportKind): string {
  return notebookFileName(notebook.front, kind === 'md' ? 'algo.md' : kind);
}

/** The file of `kind`, ready to save. */
export async function exportFile(
  kind: ExportKind,
  text: string,
  notebook: Notebook,
  outputs: OutputsByCell,
  lang: 'en' | 'fr',
  /** The SHA-256 of `text` as published, shown in the web page. */
  sha256?: string,
  /** The notebook's resolved imports: their cells are inlined, marked with source and hash. */
  imports?: Readonly<Record<string, ImportEntry>>,
): Promise<Blob> {
  switch (kind) {
    case 'md':
      return new Blob([text], { type: 'text/markdown;charset=utf-8' });
    case 'ipynb':
      return new Blob([await toIpynb(notebook, outputs, { lang, imports })], {
        type: 'application/x-ipynb+json',
      });
    case 'html':
      return new Blob(
        [
          await toStandaloneHtml(notebook, outputs, {
            lang,
            card: cardOf(notebook, imports),
            sha256,
            imports,
          }),
        ],
        { type: 'text/html;charset=utf-8' },
      );
  }
}

/** The transparency card; derived from the notebook, whose failure must not cost the export. */
function cardOf(
  notebook: Notebook,
  imports?: Readonly<Record<string, ImportEntry>>,
): TransparencyCard | undefined {
  try {
    return deriveCard(notebook, imports);
  } catch {
    return undefined;
  }
}

/** Saves a blob as a download. */
export function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
