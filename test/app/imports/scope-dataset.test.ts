import { describe, expect, it } from 'vitest';
import { datasetsAt, type ScopeRoot } from '../../../src/app/imports/scope-dataset.ts';
import type { DatasetSpec } from '../../../src/core/format/types.ts';
import type { ImportedModuleSource } from '../../../src/core/imports/types.ts';

const pin = (url: string): DatasetSpec => ({ url, format: 'csv', sha256: 'a'.repeat(64) });
const module = (
  datasets: Record<string, DatasetSpec>,
  imports: ImportedModuleSource['imports'] = {},
): ImportedModuleSource => ({ sha256: 'b'.repeat(64), label: 'lib', cells: [], datasets, imports });

const root: ScopeRoot = {
  datasets: { communes: pin('data/communes.csv') },
  imports: {
    atmo: module(
      { mesures: pin('https://lib.example/data/mesures.csv') },
      { pm: module({ seuils: pin('https://pm.example/seuils.csv') }) },
    ),
    broken: { sha256: 'c'.repeat(64), label: 'broken', error: { name: 'Error', message: 'x' } },
  },
};

describe('datasetsAt(root, scope)', () => {
  it('gives the open notebook’s own pins for the empty path', () => {
    expect(datasetsAt(root, [])).toBe(root.datasets);
  });

  it('gives the pins of the import the path names, nested as deep as it goes', () => {
    expect(Object.keys(datasetsAt(root, ['atmo']) ?? {})).toEqual(['mesures']);
    expect(datasetsAt(root, ['atmo', 'pm'])?.seuils?.url).toBe('https://pm.example/seuils.csv');
  });

  it('finds nothing for a path that names no import, a failed one, or a prototype key', () => {
    for (const scope of [
      ['nope'],
      ['broken'],
      ['atmo', 'nope'],
      ['pm'],
      ['__proto__'],
      ['constructor'],
      ['atmo', 'hasOwnProperty'],
    ])
      expect(datasetsAt(root, scope)).toBeUndefined();
  });
});
