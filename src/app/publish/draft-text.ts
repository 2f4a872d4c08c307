import type { ForkOf, FrontMatter, Notebook } from '../../core/format/types.ts';
import { parse, serialize } from '../../core/format/index.ts';
import { STAMP_KEYS } from '../../core/publish/freeze.ts';

/** The front matter without the keys a publication sets. */
function draftFront(front: FrontMatter): FrontMatter {
  const copy: FrontMatter = { ...front };
  // `forkOf` stays: a fork restored from one of its versions is still that fork.
  for (const key of STAMP_KEYS) delete copy[key as keyof FrontMatter];
  return copy;
}

/** A version's text as a draft: the same notebook, without its publication stamp. */
export function restoredText(versionText: string): string {
  const notebook = parse(versionText);
  return serialize({ ...notebook, front: draftFront(notebook.front) });
}

/** A new id for a fork of notebook `id`. */
export function forkId(id: string): string {
  const stem = id.replace(/-fork-[0-9a-f]{6}$/, '').slice(0, 40) || 'notebook';
  return `${stem}-fork-${crypto.randomUUID().slice(0, 6)}`;
}

/** A fork of `notebook`: a new id, where it comes from, and no publication stamp. */
export function forkText(
  notebook: Notebook,
  forkOf: ForkOf,
  id: string = forkId(notebook.front.id),
): string {
  const front = { ...draftFront(notebook.front), id, forkOf };
  return serialize({ ...notebook, front });
}
