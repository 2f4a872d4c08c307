import type { CatalogEntry } from '../../core/publish/types.ts';

/**
 * A catalog's entries as a reader of `locale` sees them: a notebook and its translations
 * (entries whose `translationOf` names it in the same catalog) are listed once, in the original's
 * place, by the version in the reader's language when there is one, else by the original. A text
 * without `lang` is taken as English, as the examples are.
 */
export function listedFor(entries: readonly CatalogEntry[], locale: string): CatalogEntry[] {
  const ids = new Set(entries.map((entry) => entry.id));
  const family = (entry: CatalogEntry) =>
    entry.translationOf && ids.has(entry.translationOf) ? entry.translationOf : entry.id;
  const inLocale = (entry: CatalogEntry) => (entry.lang ?? 'en') === locale;
  const chosen = new Map<string, CatalogEntry>();
  for (const entry of entries) {
    const key = family(entry);
    const current = chosen.get(key);
    if (!current || (!inLocale(current) && (inLocale(entry) || entry.id === key)))
      chosen.set(key, entry);
  }
  return entries
    .filter((entry) => family(entry) === entry.id)
    .map((entry) => chosen.get(entry.id)!);
}
