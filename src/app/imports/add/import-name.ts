import { slugify } from '../../../core/format/slugify.ts';

/** What an import's name must be: a JavaScript identifier (cells write `use("name")`). */
export const IMPORT_NAME = /^[A-Za-z_$][\w$]*$/;

// Words a cell cannot use as a name, and the builtins an import must not hide.
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends ' +
    'false finally for function if import in instanceof new null return super switch this throw ' +
    'true try typeof var void while with yield let static implements interface package private ' +
    'protected public await arguments eval undefined NaN Infinity ' +
    'dataset display md chart view Inputs aq op use'
  ).split(' '),
);

/** Whether `name` can name an import not already `taken`. */
export function isFreeImportName(name: string, taken: Iterable<string>): boolean {
  return IMPORT_NAME.test(name) && !RESERVED.has(name) && !new Set(taken).has(name);
}

/**
 * The name proposed for a new import: its notebook's id (else its title) in camel case as an
 * identifier (`indice-atmo` → `indiceAtmo`), not a reserved word, a builtin or a name `taken`
 * (the notebook's imports and its cells' names), numbered when it is (`indiceAtmo2`).
 */
export function proposeImportName(
  front: { id?: unknown; title?: unknown },
  taken: Iterable<string>,
): string {
  const words = slugify(
    typeof front.id === 'string' && front.id ? front.id : String(front.title ?? ''),
  )
    .split('-')
    .filter(Boolean);
  let base = words.map((w, i) => (i ? w[0].toUpperCase() + w.slice(1) : w)).join('') || 'library';
  if (/^\d/.test(base)) base = `nb${base[0].toUpperCase()}${base.slice(1)}`;
  const used = new Set(taken);
  if (isFreeImportName(base, used)) return base;
  for (let n = 2; ; n++) if (isFreeImportName(`${base}${n}`, used)) return `${base}${n}`;
}
