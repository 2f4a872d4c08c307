import type { Notebook } from '../../core/format/types.ts';
import type { ImportEntry } from '../../core/imports/types.ts';
import { EXPORT_ROWS, toIpynb, toStandaloneHtml } from '../../core/publish/index.ts';
import type { ExportOutput, OutputsByCell } from '../../core/publish/types.ts';
import type { Output } from '../../core/runtime/outputs.ts';
import type { CellRunState } from '../session/cell-state.ts';
import { decodeRows } from '../outputs/row-block.ts';
import { deriveCard, type TransparencyCard } from '../../core/citizen/index.ts';
import { notebookFileName } from '../../core/publish/file-name.ts';

/** A page output as exports take it: a table's first rows decoded into objects. */
function exportOutput(output: Output): ExportOutput {
  if (output.kind !== 'table') return output;
  const block = decodeRows(output.ipc, 0);
  const count = Math.min(block.length, EXPORT_ROWS);
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const row: Record<string, unknown> = {};
    output.columns.forEach((column, c) => (row[column.name] = block.columns[c]?.at(i)));
    rows.push(row);
  }
  return { kind: 'table', numRows: output.numRows, columns: output.columns, rows };
}

/** What each code cell shows now, for the exports (cells not run yet are left out). */
export function outputsOf(notebook: Notebook, runs: Record<string, CellRunState>): OutputsByCell {
  const map = new Map<string, ExportOutput[]>();
  for (const cell of notebook.cells) {
    const run = runs[cell.id];
    if (cell.kind === 'code' && run && run.status !== 'idle')
      map.set(cell.id, run.outputs.map(exportOutput));
  }
  return map;
}

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
