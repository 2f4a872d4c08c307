import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../../../src/core/format/index.ts';
import type { FrontMatter } from '../../../src/core/format/types.ts';
import { applyForm, formOf, type MetadataForm } from '../../../src/core/metadata/index.ts';

const FILE = `---
algobook: 1
id: taxe
title: Taxe
custom:
  keep: me
authors:
  - name: Ada
    orcid: 0000-0001
  - Bob
datasets:
  communes:
    url: data/communes.csv
    format: csv
    sha256: ${'a'.repeat(64)}
transparency:
  purpose: Compute the tax
  future: kept
---
`;

const front = () => parse(FILE).front;
const edited = (change: (form: MetadataForm) => void): FrontMatter => {
  const form = formOf(front());
  change(form);
  return applyForm(front(), form);
};

describe('formOf(front) and applyForm(front, form)', () => {
  it('applyForm of an unchanged form gives the same file', () => {
    expect(serialize({ front: applyForm(front(), formOf(front())), cells: [] })).toBe(FILE);
  });

  it('applyForm writes every field, keeping unknown keys and the datasets', () => {
    const next = edited((form) => {
      form.title = '  Taxe foncière ';
      form.summary = 'How the tax is computed';
      form.license = 'EUPL-1.2';
      form.lang = 'fr';
      form.transparency.contact = 'finances@ville.fr';
      form.transparency.updated = '2026-12-01';
    });
    expect(next.title).toBe('Taxe foncière');
    expect(next.custom).toEqual({ keep: 'me' });
    expect(next.datasets).toEqual(front().datasets);
    expect(next.transparency).toEqual({
      purpose: 'Compute the tax',
      future: 'kept',
      contact: 'finances@ville.fr',
      updated: '2026-12-01',
    });
    // New keys go where a person would write them: after the title, before the datasets.
    expect(Object.keys(next)).toEqual([
      'algobook',
      'id',
      'title',
      'lang',
      'summary',
      'custom',
      'authors',
      'license',
      'datasets',
      'transparency',
    ]);
    expect(parse(serialize({ front: next, cells: [] })).front).toEqual(next);
  });

  it('applyForm keeps an author mapping whose name is unchanged, in the new order', () => {
    const next = edited((form) => (form.authors = ['Carol', 'Ada', ' ']));
    expect(next.authors).toEqual(['Carol', { name: 'Ada', orcid: '0000-0001' }]);
  });

  it('applyForm removes an emptied field, and the transparency block once empty', () => {
    const next = edited((form) => {
      form.authors = [];
      form.transparency.purpose = '';
    });
    expect('authors' in next).toBe(false);
    expect(next.transparency).toEqual({ future: 'kept' });
    const bare = applyForm(
      { algobook: 1, id: 'x', title: 'X', transparency: { purpose: 'P' } },
      {
        ...formOf({ algobook: 1, id: 'x', title: 'X' }),
        transparency: formOf({ algobook: 1, id: 'x', title: 'X' }).transparency,
      },
    );
    expect('transparency' in bare).toBe(false);
  });

  it('formOf shows a value that is not text as empty, and applyForm leaves it alone', () => {
    const odd = { ...front(), summary: null, lang: 42 } as unknown as FrontMatter;
    expect(formOf(odd).summary).toBe('');
    expect(formOf(odd).lang).toBe('');
    expect(applyForm(odd, formOf(odd))).toEqual(odd);
  });
});
