import type { ImportEntry } from '../imports/types.ts';
import { escapeHtml as esc } from './escape.ts';
import type { ExportWords } from './export-labels.ts';
import { linkHtml } from './export-link.ts';
import { importedGroups } from './imported-groups.ts';
import { safeMarkdown } from './safe-markdown.ts';

/**
 * The imported notebooks of a standalone page (issue 14), before the notebook's own cells: each
 * a section headed by its title and "Imported from <url> (sha256 <hash>)", its prose rendered
 * and its code folded, as the page shows the notebook's own (they were not run: no outputs).
 */
export function importedHtml(
  imports: Readonly<Record<string, ImportEntry>> | undefined,
  w: ExportWords,
): string {
  return importedGroups(imports)
    .map((group, g) => {
      const own = ` lang="${group.lang}"`;
      const from = w('importedFrom', {
        url: linkHtml(group.url, `<code>${esc(group.url)}</code>`),
        sha256: `<code class="hash">${esc(group.sha256)}</code>`,
      });
      const cells = group.cells.map((cell, i) => {
        if (cell.kind === 'markdown')
          return `<div class="prose"${own}>${safeMarkdown(cell.source)}</div>`;
        const n = i + 1;
        const label = esc(w('importedCell', { n, title: group.title }));
        return (
          `<section class="cell" id="import-${g + 1}-cell-${n}" aria-label="${label}">` +
          `<details><summary>${label}</summary><pre><code>${esc(cell.source)}</code></pre></details></section>`
        );
      });
      const id = `import-${g + 1}`;
      return (
        `<section class="imported" id="${id}" aria-labelledby="${id}-title">` +
        `<h2 id="${id}-title"${own}>${esc(group.title)}</h2><p class="from">${from}</p>` +
        `${cells.join('\n')}</section>`
      );
    })
    .join('\n');
}
