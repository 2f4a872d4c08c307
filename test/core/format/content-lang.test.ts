import { describe, expect, it } from 'vitest';
import { contentLang, langTag } from '../../../src/core/format/content-lang.ts';

describe('contentLang(front)', () => {
  it('is the notebook’s lang, English when it has none', () => {
    expect(contentLang({ lang: 'fr' })).toBe('fr');
    expect(contentLang({ lang: 'pt-BR' })).toBe('pt-BR');
    expect(contentLang({})).toBe('en');
  });

  it('is English for a lang that is no language tag, whatever a stranger wrote', () => {
    for (const lang of ['', 'f', 'fr" onmouseover="x', 'fr fr', 'fr-', 42, ['fr'], { fr: 1 }])
      expect(contentLang({ lang })).toBe('en');
    expect(langTag('fr<b>')).toBeUndefined();
  });
});
