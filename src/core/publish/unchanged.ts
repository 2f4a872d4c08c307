import { parse } from '../format/parse.ts';
import type { Notebook } from '../format/types.ts';
import { canonicalJson } from './canonical-json.ts';
import { canonicalText } from './canonical-text.ts';
import { STAMP_KEYS } from './freeze.ts';

/**
 * What a version holds besides its publication stamp (`version`, `published`, `message`,
 * `parent`, `results`): the front matter, keys in any order, and the cells, as the file gives
 * them back. Two notebooks with the same content would publish the same algorithm on the same
 * data.
 */
function content(notebook: Notebook): string {
  // Through the file's text, so that both sides are normalised alike (dates, blank lines).
  const { front, cells } = parse(canonicalText(notebook));
  const kept = Object.fromEntries(Object.entries(front).filter(([k]) => !STAMP_KEYS.includes(k)));
  const shown = cells.map((cell) =>
    cell.kind === 'code'
      ? { kind: cell.kind, source: cell.source, options: cell.options }
      : { kind: cell.kind, source: cell.source },
  );
  return canonicalJson({ front: kept, cells: shown });
}

/**
 * Whether publishing `draft` after `latest` would make a version that changes nothing: same
 * text, same front matter, same pinned datasets. Publishing says so instead (issue 12).
 */
export function unchangedSince(draft: Notebook, latest: Notebook): boolean {
  return content(draft) === content(latest);
}
