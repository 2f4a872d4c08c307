import { describe, expect, it } from 'vitest';
import { exampleVersion, groupExamples } from '../../vite/example-index.ts';

const front = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Title of ${id}`,
  summary: 's',
  license: 'EUPL-1.2',
  ...extra,
});

describe('groupExamples(versions)', () => {
  it('lists each original once, its translations beside it, English when no lang is given', () => {
    const index = groupExamples([
      exampleVersion('a.algo.md', front('a')),
      exampleVersion('a.fr.algo.md', front('a.fr', { lang: 'fr', translationOf: 'a' })),
      exampleVersion('b.algo.md', front('b', { lang: 'de' })),
    ]);
    expect(index.map((e) => [e.file, e.lang, e.translations.map((t) => [t.file, t.lang])])).toEqual(
      [
        ['a.algo.md', 'en', [['a.fr.algo.md', 'fr']]],
        ['b.algo.md', 'de', []],
      ],
    );
  });

  it('refuses a translation of an unknown id, or a second version in one language', () => {
    expect(() =>
      groupExamples([exampleVersion('x.algo.md', front('x', { lang: 'fr', translationOf: 'a' }))]),
    ).toThrow('x.algo.md: translationOf "a" is no example\'s id');
    expect(() =>
      groupExamples([
        exampleVersion('a.algo.md', front('a')),
        exampleVersion('a.en.algo.md', front('a.en', { translationOf: 'a' })),
      ]),
    ).toThrow('a.en.algo.md: "a" already has a version in "en"');
  });
});
