import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../../src/core/publish/types.ts';
import { listedFor } from '../../../src/app/publish/catalog-languages.ts';

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
