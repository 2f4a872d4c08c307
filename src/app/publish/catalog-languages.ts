import type { CatalogEntry } from '../../core/publish/types.ts';

/**
 * A catalog's entries as a reader of `locale` sees them: a notebook and its translations
 * (entries whose `translationOf` names it in the same catalog) are listed once, in the original's
 * place, by the version in the reader's language when there is one, else by the original. A text
 * without `lang` is taken as English, as the examples are.
 */
export function listedFor(entries: readonly CatalogEntry[], locale: string): CatalogEntry[] {
  const family = familyIn(entries);
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

/**
 * The other versions of `entry` in its catalog: the notebook it translates and that notebook's
 * other translations, or, for an original, its translations. Empty when it has none.
 */
export function translationsOf(
  entries: readonly CatalogEntry[],
  entry: CatalogEntry,
): CatalogEntry[] {
  const family = familyIn(entries);
  const own = family(entry);
  return entries.filter((e) => e.id !== entry.id && family(e) === own);
}

/** The id a catalog entry's family goes by: the notebook it translates if listed, else its own. */
function familyIn(entries: readonly CatalogEntry[]): (entry: CatalogEntry) => string {
  const ids = new Set(entries.map((entry) => entry.id));
  return (entry) =>
    entry.translationOf && ids.has(entry.translationOf) ? entry.translationOf : entry.id;
}
