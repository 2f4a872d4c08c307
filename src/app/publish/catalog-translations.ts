import { langTag } from '../../core/format/content-lang.ts';
import { hrefOf } from '../../core/route/href.ts';
import type { TranslationLink } from '../examples/translation-link.ts';
import type { Opened } from './opened.ts';

/**
 * The reader's switch to the other languages of a notebook opened from a catalog: each one's
 * address in the same catalog. The catalog may be a stranger's: its `lang` reaches the page only
 * when it is a well-formed language tag.
 */
export function catalogTranslationLinks(catalog: Opened['catalog']): TranslationLink[] {
  if (!catalog) return [];
  const where = catalog.thirdParty ? { catalog: catalog.url } : {};
  return (catalog.translations ?? []).map((entry) => ({
    href: hrefOf({ name: 'published', id: entry.id, ...where }),
    lang: langTag(entry.lang ?? 'en'),
    title: entry.title,
  }));
}
