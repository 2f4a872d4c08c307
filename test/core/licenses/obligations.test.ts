import { describe, expect, it } from 'vitest';
import type { DatasetSpec } from '../../../src/core/format/types.ts';
import {
  attributionLine,
  attributions,
  obligationsOf,
  shareAlikeConflicts,
} from '../../../src/core/licenses/index.ts';

const SHA = 'a'.repeat(64);
const spec = (extra: Partial<DatasetSpec>): DatasetSpec => ({
  url: 'https://opendata.paris.fr/api/explore/v2.1/catalog/datasets/arrondissements/exports/csv',
  format: 'csv',
  sha256: SHA,
  ...extra,
});

describe('obligationsOf', () => {
  it('Licence Ouverte asks for the source and the date of last update, nothing else', () => {
    expect(obligationsOf('etalab-2.0')).toEqual({
      license: 'etalab-2.0',
      known: true,
      attribution: true,
      attributionParts: ['source', 'lastUpdate'],
      shareAlike: null,
      compatibleOutputs: [],
    });
  });

  it('ODbL asks for attribution and keeps derived databases under the ODbL', () => {
    expect(obligationsOf('ODbL-1.0')).toMatchObject({
      attribution: true,
      shareAlike: 'database',
      compatibleOutputs: ['ODbL-1.0'],
    });
  });

  it('CC BY asks for credit, a licence link and changes; CC BY-SA also share-alike', () => {
    expect(obligationsOf('CC-BY-4.0')).toMatchObject({
      attribution: true,
      attributionParts: ['source', 'licenseLink', 'changes'],
      shareAlike: null,
    });
    expect(obligationsOf('CC-BY-SA-4.0')).toMatchObject({
      shareAlike: 'adaptations',
      compatibleOutputs: ['CC-BY-SA-4.0', 'GPL-3.0-only', 'GPL-3.0-or-later'],
    });
  });

  it('ODC-By and OGL ask for attribution only; PDDL and CC0 ask for nothing', () => {
    for (const id of ['ODC-By-1.0', 'OGL-UK-3.0']) {
      expect(obligationsOf(id)).toMatchObject({ known: true, attribution: true, shareAlike: null });
    }
    for (const id of ['PDDL-1.0', 'CC0-1.0']) {
      expect(obligationsOf(id)).toMatchObject({
        known: true,
        attribution: false,
        shareAlike: null,
      });
    }
  });

  it('an unknown or missing licence is marked unknown', () => {
    expect(obligationsOf('LicenseRef-ville')).toMatchObject({
      license: 'LicenseRef-ville',
      known: false,
    });
    expect(obligationsOf(undefined)).toMatchObject({ license: '', known: false });
  });
});

describe('shareAlikeConflicts', () => {
  const datasets = {
    arrondissements: spec({ license: 'ODbL-1.0' }),
    population: spec({ license: 'etalab-2.0' }),
    photos: spec({ license: 'CC-BY-SA-4.0' }),
  };

  it('flags an ODbL input when the notebook is under another licence', () => {
    expect(shareAlikeConflicts(datasets, 'EUPL-1.2')).toEqual([
      {
        dataset: 'arrondissements',
        license: 'ODbL-1.0',
        notebookLicense: 'EUPL-1.2',
        compatible: ['ODbL-1.0'],
      },
      {
        dataset: 'photos',
        license: 'CC-BY-SA-4.0',
        notebookLicense: 'EUPL-1.2',
        compatible: ['CC-BY-SA-4.0', 'GPL-3.0-only', 'GPL-3.0-or-later'],
      },
    ]);
  });

  it('flags share-alike inputs of a notebook that declares no licence', () => {
    expect(
      shareAlikeConflicts(datasets, undefined).map((c) => [c.dataset, c.notebookLicense]),
    ).toEqual([
      ['arrondissements', null],
      ['photos', null],
    ]);
  });

  it('accepts a compatible notebook licence, and inputs without share-alike', () => {
    expect(shareAlikeConflicts({ a: datasets.arrondissements }, 'ODbL-1.0')).toEqual([]);
    expect(shareAlikeConflicts({ p: datasets.photos }, 'GPL-3.0-or-later')).toEqual([]);
    expect(shareAlikeConflicts({ p: datasets.population }, 'MIT')).toEqual([]);
    expect(shareAlikeConflicts(null, 'MIT')).toEqual([]);
  });
});

describe('attributions', () => {
  it('gives Licence Ouverte data its source and date of last update (the portal stamp first)', () => {
    const [credit] = attributions({
      population: spec({
        license: 'etalab-2.0',
        source: 'Insee',
        title: 'Population légale',
        modified: '2024-01-02T08:30:00+00:00',
        retrieved: '2026-11-25',
      }),
    });
    expect(credit).toEqual({
      dataset: 'population',
      title: 'Population légale',
      source: 'Insee',
      url: spec({}).url,
      license: 'etalab-2.0',
      licenseName: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
      licenseUrl: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
      lastUpdate: '2024-01-02',
      parts: ['source', 'lastUpdate'],
    });
    expect(attributionLine(credit)).toBe(
      '"Population légale", Insee, last updated 2024-01-02 (Licence Ouverte / Open Licence 2.0 (Etalab)).',
    );
  });

  it('falls back to the retrieval date and the host; skips CC0 and PDDL; credits unknown licences', () => {
    const credits = attributions({
      a: spec({ license: 'ODbL-1.0', retrieved: '2026-11-20' }),
      b: spec({ license: 'CC0-1.0' }),
      c: spec({ license: 'PDDL-1.0' }),
      d: spec({ url: 'data/local.csv' }),
    });
    expect(credits.map((c) => [c.dataset, c.source, c.lastUpdate, c.parts])).toEqual([
      ['a', 'opendata.paris.fr', '2026-11-20', ['source', 'licenseLink']],
      ['d', 'data/local.csv', undefined, ['source', 'lastUpdate']],
    ]);
    expect(attributionLine(credits[1])).toBe('data/local.csv (licence not stated).');
  });
});

describe('licences without a version', () => {
  it('cc-by stays unversioned: attribution owed, with a warning, not CC BY 4.0', () => {
    const o = obligationsOf('cc-by');
    expect(o).toMatchObject({ license: 'cc-by', known: false, attribution: true });
    expect(o.unversioned?.family).toBe('CC-BY');
    expect(o.unversioned?.warning).toMatch(/without its version/);
    expect(o.attributionParts).not.toContain('changes');
  });

  it('cc-by-sa keeps its share-alike clause', () => {
    expect(shareAlikeConflicts({ d: { license: 'cc-by-sa' } }, 'EUPL-1.2')).toHaveLength(1);
    expect(shareAlikeConflicts({ d: { license: 'cc-by-sa' } }, 'CC-BY-SA-4.0')).toEqual([]);
  });

  it('a licence named constructor is unknown', () => {
    expect(obligationsOf('constructor')).toMatchObject({ known: false, attribution: false });
    expect(obligationsOf('constructor').unversioned).toBeUndefined();
    expect(attributions({ d: spec({ license: '__proto__' }) })[0].parts).toEqual([
      'source',
      'lastUpdate',
    ]);
  });
});
