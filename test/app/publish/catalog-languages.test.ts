import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../../src/core/publish/types.ts';
import { listedFor, translationsOf } from '../../../src/app/publish/catalog-languages.ts';
import { catalogTranslationLinks } from '../../../src/app/publish/catalog-translations.ts';

const entry = (id: string, extra: Partial<CatalogEntry> = {}): CatalogEntry => ({
  id,
  title: id,
  latest: 1,
  versions: [],
  ...extra,
});
const atmo = entry('atmo');
const atmoFr = entry('atmo.fr', { lang: 'fr', translationOf: 'atmo' });
const other = entry('other');
const ids = (entries: CatalogEntry[]) => entries.map((e) => e.id);

describe('listedFor(entries, locale)', () => {
  it('lists a notebook once, in the reader’s language when the catalog has it', () => {
    expect(ids(listedFor([atmo, atmoFr, other], 'fr'))).toEqual(['atmo.fr', 'other']);
    expect(ids(listedFor([atmo, atmoFr, other], 'en'))).toEqual(['atmo', 'other']);
    expect(ids(listedFor([atmoFr, other, atmo], 'en'))).toEqual(['other', 'atmo']);
    expect(ids(listedFor([atmoFr, other, atmo], 'fr'))).toEqual(['other', 'atmo.fr']);
    expect(ids(listedFor([atmo, atmoFr], 'de'))).toEqual(['atmo']);
  });

  it('lists a translation whose original is not in the catalog as a notebook of its own', () => {
    expect(ids(listedFor([atmoFr, other], 'en'))).toEqual(['atmo.fr', 'other']);
  });
});

describe('translationsOf(entries, entry)', () => {
  const atmoDe = entry('atmo.de', { lang: 'de', translationOf: 'atmo' });
  it('gives an original its translations, and a translation the original and the others', () => {
    expect(ids(translationsOf([atmo, atmoFr, other, atmoDe], atmo))).toEqual([
      'atmo.fr',
      'atmo.de',
    ]);
    expect(ids(translationsOf([atmo, atmoFr, other, atmoDe], atmoFr))).toEqual(['atmo', 'atmo.de']);
  });

  it('gives none to a notebook without translations, or a translation whose original is not listed', () => {
    expect(translationsOf([atmo, atmoFr, other], other)).toEqual([]);
    expect(translationsOf([atmoFr, other], atmoFr)).toEqual([]);
  });
});

describe('catalogTranslationLinks(catalog)', () => {
  const url = 'https://example.org/catalog.json';
  it('links each version in the same catalog, in its language (English when it says none)', () => {
    expect(
      catalogTranslationLinks({ url, entry: atmoFr, thirdParty: false, translations: [atmo] }),
    ).toEqual([{ href: '#/atmo', lang: 'en', title: 'atmo' }]);
    expect(
      catalogTranslationLinks({ url, entry: atmo, thirdParty: true, translations: [atmoFr] }),
    ).toEqual([
      { href: `?catalog=${encodeURIComponent(url)}#/atmo.fr`, lang: 'fr', title: 'atmo.fr' },
    ]);
  });

  it('keeps a stranger’s malformed lang off the page', () => {
    const hostile = entry('x', { lang: 'fr" onfocus="alert(1)' });
    expect(
      catalogTranslationLinks({ url, entry: atmo, thirdParty: true, translations: [hostile] })[0]
        .lang,
    ).toBeUndefined();
  });
});
