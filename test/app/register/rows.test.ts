import { describe, expect, it } from 'vitest';
import {
  latestOf,
  listedVersion,
  readyEntries,
  registerRows,
} from '../../../src/app/register/rows.ts';
import { MAX_REGISTER_NOTEBOOKS } from '../../../src/app/register/limits.ts';
import { catalogEntry, readyRow, unavailableRow } from './rows-fixtures.ts';

describe('registerRows(listed, max)', () => {
  it('makes a row per listed notebook, its card still to read, with its latest version', () => {
    const entry = catalogEntry('two', {
      latest: 2,
      versions: [
        { ...catalogEntry('two').versions[0] },
        {
          version: 2,
          sha256: 'c'.repeat(64),
          published: '2026-02-01T10:00:00Z',
          message: 'Second',
          path: 'two/v2.algo.md',
        },
      ],
    });
    const { rows, left } = registerRows([entry]);
    expect(left).toBe(0);
    expect(rows).toEqual([{ listed: entry, latest: entry.versions[1], card: { kind: 'loading' } }]);
    expect(latestOf(entry).version).toBe(2);
  });

  it(`reads at most ${MAX_REGISTER_NOTEBOOKS} notebooks and counts the others`, () => {
    const many = Array.from({ length: MAX_REGISTER_NOTEBOOKS + 5 }, (_, i) =>
      catalogEntry(`n${i}`),
    );
    const { rows, left } = registerRows(many);
    expect(rows).toHaveLength(MAX_REGISTER_NOTEBOOKS);
    expect(rows.at(-1)?.listed.id).toBe(`n${MAX_REGISTER_NOTEBOOKS - 1}`);
    expect(left).toBe(5);
    expect(registerRows(many, 3).rows).toHaveLength(3);
  });
});

describe('listedVersion(row, url)', () => {
  it('takes from the catalog what the register entry needs, and where a person reads it', () => {
    const entry = catalogEntry('atmo', { title: 'Indice ATMO', license: 'EUPL-1.2', lang: 'fr' });
    const [row] = registerRows([entry]).rows;
    expect(listedVersion(row, 'https://city.example/#/atmo')).toEqual({
      id: 'atmo',
      title: 'Indice ATMO',
      lang: 'fr',
      license: 'EUPL-1.2',
      version: 1,
      published: '2026-01-01T10:00:00Z',
      sha256: 'b'.repeat(64),
      url: 'https://city.example/#/atmo',
    });
  });
});

describe('readyEntries(rows)', () => {
  it('gives the entries of the rows whose card was read, in order: what a download exports', () => {
    const a = readyRow('A');
    const b = readyRow('B');
    const entries = readyEntries([a, unavailableRow('X'), b]);
    expect(entries.map((e) => e.title)).toEqual(['A', 'B']);
  });
});
