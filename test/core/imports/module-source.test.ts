import { describe, expect, it } from 'vitest';
import { importSource } from '../../../src/core/imports/module-source.ts';
import type { ImportSpec, ResolvedImport } from '../../../src/core/imports/types.ts';
import { FIXTURES, fixture, notebookText, resolvedImport } from './helpers.ts';

const SHA = 'ab'.repeat(32);

const resolved = (
  text: string,
  url: string,
  spec: Partial<ImportSpec> = {},
  imports: Record<string, ResolvedImport> = {},
) => resolvedImport('lib', text, url, spec, imports);

describe('importSource(entry)', () => {
  it('importSource(entry) gives the code cells in page order with ids unique in the module', () => {
    const lib = fixture('lib.algo.md');
    const url = new URL('lib.algo.md', FIXTURES).href;
    const module = importSource(resolved(lib, url));
    expect('cells' in module && module.cells.map((c) => [c.id, c.source.split('\n')[0]])).toEqual([
      [
        'i1',
        "const threshold = view(Inputs.range([0, 100], { label: 'Threshold', value: 25, step: 1 }));",
      ],
      ['i2', 'function subIndex(pm) {'],
      ['i3', "const LABELS = ['good', 'poor'];"],
      ['i4', "const stations = await dataset('stations');"],
      [
        'i5',
        "const poorCount = stations.filter(aq.escape((d) => subIndex(d.pm25) === 'poor')).numRows();",
      ],
    ]);
  });

  it('importSource(entry) makes datasets’ url and mirrors absolute against the import’s URL', () => {
    const text = `---\nalgobook: 1\nid: l\ntitle: L\ndatasets:\n  d:\n    url: data/d.csv\n    format: csv\n    sha256: ${SHA}\n    mirrors: [../m/d.csv, https://m.example.org/d.csv]\n---\n`;
    const module = importSource(resolved(text, 'https://a.example.org/lib/v1.algo.md'));
    expect('datasets' in module && module.datasets.d).toEqual({
      url: 'https://a.example.org/lib/data/d.csv',
      format: 'csv',
      sha256: SHA,
      mirrors: ['https://a.example.org/m/d.csv', 'https://m.example.org/d.csv'],
    });
  });

  it('importSource(entry) labels a module by the spec’s title, else the notebook’s, else the name', () => {
    const text = notebookText('Own title');
    expect(importSource(resolved(text, 'https://a.org/l.algo.md', { title: 'Given' })).label).toBe(
      'Given',
    );
    expect(importSource(resolved(text, 'https://a.org/l.algo.md')).label).toBe('Own title');
    const error = { name: 'ImportChanged', message: 'm', code: 'import-changed' };
    expect(importSource({ name: 'lib', spec: { url: 'x', sha256: SHA }, error })).toEqual({
      sha256: SHA,
      label: 'lib',
      error,
    });
  });

  it('importSource(entry) gives its own imports as modules, by name', () => {
    const inner = resolved(notebookText('Inner'), 'https://a.org/inner.algo.md', {
      sha256: 'cd'.repeat(32),
    });
    const module = importSource(
      resolved(notebookText('Outer'), 'https://a.org/o.algo.md', {}, { inner }),
    );
    expect('imports' in module && module.imports.inner).toMatchObject({
      sha256: 'cd'.repeat(32),
      label: 'Inner',
      cells: [{ id: 'i1', source: 'const x = 1;' }],
    });
  });

  it('importSource(entry) keeps a dataset named __proto__ as a dataset', () => {
    const text = `---\nalgobook: 1\nid: l\ntitle: L\ndatasets:\n  __proto__:\n    url: d.csv\n    format: csv\n    sha256: ${SHA}\n---\n`;
    const module = importSource(resolved(text, 'https://a.org/l.algo.md'));
    expect('datasets' in module && Object.keys(module.datasets)).toEqual(['__proto__']);
    expect('datasets' in module && Object.getPrototypeOf(module.datasets)).toBe(Object.prototype);
  });
});
