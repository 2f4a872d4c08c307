import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/core/format/slugify.ts';

describe('slugify(title)', () => {
  it('slugify(title) keeps lower-case ASCII letters and digits, dashes between words', () => {
    expect(slugify("Taxe d'habitation — 2024 !")).toBe('taxe-d-habitation-2024');
    expect(slugify('  --Hello__World--  ')).toBe('hello-world');
  });

  it('slugify(title) drops accents and spells out ligatures', () => {
    expect(slugify('Élève à Besançon')).toBe('eleve-a-besancon');
    expect(slugify('Cœur de Straße, Ærø')).toBe('coeur-de-strasse-aero');
  });

  it('slugify(title) cuts at 60 characters without a trailing dash', () => {
    const slug = slugify(`${'a'.repeat(59)} b`);
    expect(slug).toBe('a'.repeat(59));
    expect(slugify('word '.repeat(30)).length).toBeLessThanOrEqual(60);
  });

  it('slugify(title) gives an empty string when nothing Latin is left', () => {
    expect(slugify('数据 !')).toBe('');
  });
});
