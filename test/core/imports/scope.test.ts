import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import { datasetAt, importAt } from '../../../src/core/imports/scope.ts';
import type { ImportEntry } from '../../../src/core/imports/types.ts';
import { resolvedImport } from './helpers.ts';

const SHA = 'ab'.repeat(32);
const withData = (title: string) =>
  `---\nalgobook: 1\nid: x\ntitle: ${title}\ndatasets:\n  d:\n    url: data/${title}.csv\n    format: csv\n    sha256: ${SHA}\n---\n`;
const inner = resolvedImport('inner', withData('inner'), 'https://a.org/lib/i.algo.md');
const outer = resolvedImport('outer', withData('outer'), 'https://a.org/o.algo.md', {}, { inner });
const failed: ImportEntry = {
  name: 'gone',
  spec: { url: 'g.algo.md', sha256: SHA },
  error: { name: 'E', message: 'm' },
};
const imports = { outer, gone: failed };
const root = parse(withData('root')).front;

describe('importAt(imports, path) and datasetAt(front, imports, path, name)', () => {
  it('datasetAt(...) finds the open notebook’s dataset at [] and an import’s at its path, with its base', () => {
    expect(datasetAt(root, imports, [], 'd')).toEqual({ spec: root.datasets?.d });
    expect(datasetAt(root, imports, ['outer', 'inner'], 'd')).toEqual({
      spec: inner.notebook.front.datasets?.d,
      base: 'https://a.org/lib/i.algo.md',
    });
  });

  it('importAt(...) and datasetAt(...) find nothing for a path a runner forged', () => {
    const forged: unknown[] = [
      ['nope'],
      ['gone'],
      ['outer', '__proto__'],
      ['constructor'],
      'outer',
      [1],
      Array(17).fill('outer'),
      null,
    ];
    expect(forged.map((path) => importAt(imports, path))).toEqual(forged.map(() => undefined));
    expect(forged.map((path) => datasetAt(root, imports, path, 'd'))).toEqual(
      forged.map(() => undefined),
    );
    expect(datasetAt(root, imports, [], 'toString')).toBeUndefined();
    expect(datasetAt(root, imports, ['outer'], 42)).toBeUndefined();
  });
});
