import { contentLang } from '../format/content-lang.ts';
import type { Cell } from '../format/types.ts';
import type { ImportEntry, ResolvedImport } from '../imports/types.ts';

/** The cells of one imported notebook, as an export inlines them, with where they come from. */
export interface ImportedGroup {
  /** The import's name in the notebook that imports it. */
  name: string;
  /** The importer's title for it, else the imported notebook's own. */
  title: string;
  /** Where a reader finds it: the http(s) URL its bytes came from, else the URL as pinned. */
  url: string;
  sha256: string;
  /** The `lang` of its own words (`contentLang`). */
  lang: string;
  cells: Cell[];
}

/**
 * The imported notebooks an export inlines (issue 14), each once (by its pin) and after the
 * notebooks it imports itself, so that every group comes after what it reads. Failed imports
 * have no cells to inline and are left out.
 */
export function importedGroups(
  imports: Readonly<Record<string, ImportEntry>> | undefined,
): ImportedGroup[] {
  const groups: ImportedGroup[] = [];
  const seen = new Set<string>();
  const visit = (entry: ResolvedImport) => {
    if (seen.has(entry.spec.sha256)) return;
    seen.add(entry.spec.sha256);
    for (const nested of Object.values(entry.imports)) visit(nested);
    groups.push({
      name: entry.name,
      title: entry.spec.title ?? entry.notebook.front.title,
      // A file's path on the exporting machine is nobody else's business: the pinned URL then.
      url: /^https?:/i.test(entry.url) ? entry.url : entry.spec.url,
      sha256: entry.spec.sha256,
      lang: contentLang(entry.notebook.front),
      cells: entry.notebook.cells,
    });
  };
  for (const entry of Object.values(imports ?? {})) if ('notebook' in entry) visit(entry);
  return groups;
}
