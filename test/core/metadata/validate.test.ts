import { describe, expect, it } from 'vitest';
import {
  formOf,
  isContact,
  isIsoDate,
  validateForm,
  type MetadataForm,
} from '../../../src/core/metadata/index.ts';

const form = (change: (form: MetadataForm) => void = () => {}): MetadataForm => {
  const f = formOf({ algobook: 1, id: 'x', title: 'A title' });
  change(f);
  return f;
};
const codes = (f: MetadataForm) => validateForm(f).map((i) => `${i.field}:${i.code}`);

describe('validateForm(form)', () => {
  it('validateForm accepts a filled form', () => {
    expect(
      validateForm(
        form((f) => {
          f.summary = 'S';
          f.authors = ['Ada', 'Bob'];
          f.license = 'eupl-1.2';
          f.lang = 'fr-CA';
          f.transparency.contact = 'https://ville.fr/contact';
          f.transparency.updated = '2024-02-29';
        }),
      ),
    ).toEqual([]);
  });

  it('validateForm requires a title on one line, and bounds it', () => {
    expect(codes(form((f) => (f.title = '  ')))).toEqual(['title:required']);
    expect(codes(form((f) => (f.title = 'a\nb')))).toEqual(['title:one-line']);
    expect(validateForm(form((f) => (f.title = 'x'.repeat(201))))).toEqual([
      { field: 'title', code: 'too-long', max: 200 },
    ]);
  });

  it('validateForm bounds the summary, each author, their number and the card texts', () => {
    expect(
      codes(
        form((f) => {
          f.summary = 'x'.repeat(1001);
          f.authors = ['Ada', 'y'.repeat(201)];
          f.transparency.purpose = 'z'.repeat(2001);
        }),
      ),
    ).toEqual(['summary:too-long', 'authors:too-long', 'purpose:too-long']);
    expect(validateForm(form((f) => (f.authors = ['Ada', 'y'.repeat(201)])))[0]).toMatchObject({
      index: 1,
    });
    expect(codes(form((f) => (f.authors = Array.from({ length: 51 }, (_, i) => `A${i}`))))).toEqual(
      ['authors:too-many'],
    );
  });

  it('validateForm takes a licence shaped like an SPDX id, and nothing else', () => {
    for (const ok of ['MIT', 'CECILL-2.1', 'LicenseRef-ville-de-paris', 'GPL-2.0+'])
      expect(codes(form((f) => (f.license = ok)))).toEqual([]);
    for (const bad of ['My licence', 'MIT OR Apache-2.0', '<b>MIT</b>', '-x'])
      expect(codes(form((f) => (f.license = bad)))).toEqual(['license:license']);
  });

  it('validateForm takes a language tag, a date and a contact', () => {
    expect(codes(form((f) => (f.lang = 'français')))).toEqual(['lang:lang']);
    expect(codes(form((f) => (f.transparency.updated = '2023-02-29')))).toEqual(['updated:date']);
    expect(codes(form((f) => (f.transparency.contact = 'javascript:alert(1)')))).toEqual([
      'contact:contact',
    ]);
  });
});

describe('isContact(text)', () => {
  it('isContact takes an e-mail, an https URL, or a text holding one', () => {
    expect(isContact('finances@ville.fr')).toBe(true);
    expect(isContact('https://www.atmo-france.org/contact')).toBe(true);
    expect(isContact('Atmo France (https://www.atmo-france.org); its authors.')).toBe(true);
    expect(isContact('Service des finances, finances@ville.fr.')).toBe(true);
  });

  it('isContact refuses plain text, http, credentials and script URLs', () => {
    for (const bad of [
      'the town hall',
      'http://ville.fr',
      'https://user:pw@ville.fr',
      'javascript:alert(1)',
      'JavaScript:alert("finances@ville.fr")',
      'data:text/html,<script>1</script> https://ville.fr',
      'mailto:',
      '@ville.fr',
    ])
      expect(isContact(bad), bad).toBe(false);
  });
});

describe('isIsoDate(text)', () => {
  it('isIsoDate takes calendar dates written YYYY-MM-DD only', () => {
    expect(isIsoDate('2026-12-04')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('04/12/2026')).toBe(false);
    expect(isIsoDate('2026-12-04T10:00')).toBe(false);
  });
});
