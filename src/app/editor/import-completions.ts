/**
 * Completions of imports (issue 14), kept apart from Monaco so that the page can fill them
 * without loading the editor: the names each import of the open notebook defines, and what to
 * offer where the cursor is.
 */

let known: Readonly<Record<string, readonly string[]>> = {};

/** The open notebook's imports and the names each defines (its cells' declarations). */
export function setImportNames(names: Readonly<Record<string, readonly string[]>>): void {
  known = names;
}

export function importNames(): Readonly<Record<string, readonly string[]>> {
  return known;
}

/** What to complete at `offset` in `text`: an import's names, or the imports' own names. */
export type ImportCompletion =
  { kind: 'names'; from: string; prefix: string } | { kind: 'imports'; prefix: string } | null;

/**
 * Inside the braces of `import { … } from "name"` (the `from` may follow the cursor, as it does
 * while the names are typed), the names of `name`; inside the quotes of `use("…`, the imports.
 */
export function completionAt(text: string, offset: number): ImportCompletion {
  const before = text.slice(0, offset);
  const use = /\buse\(\s*["']([\w$]*)$/.exec(before);
  if (use) return { kind: 'imports', prefix: use[1] };
  const open = /\bimport\s*\{([^{}]*)$/.exec(before);
  if (!open) return null;
  const after = /^([^{}]*)\}\s*from\s*["']([^"']*)["']/.exec(text.slice(offset));
  if (!after) return null;
  const prefix = /[\w$]*$/.exec(open[1])![0];
  return { kind: 'names', from: after[2], prefix };
}
