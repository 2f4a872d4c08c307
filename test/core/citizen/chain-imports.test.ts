import { describe, expect, it } from 'vitest';
import { chainOf } from '../../../src/core/citizen/chain.ts';
import { dependencies } from '../../../src/core/citizen/dependencies.ts';
import { importedNotebooks } from '../../../src/core/citizen/imported.ts';
import { cellGraph } from '../../../src/core/citizen/graph.ts';
import { notebook } from './helpers.ts';
import type { ResolvedImport } from '../../../src/core/imports/types.ts';
import { analyseWithImports as analyse, atmo, importer } from './imports-helpers.ts';

const chain = (cell: number, imports = { atmo }) =>
  chainOf(importer, cell, dependencies(importer, analyse), imports, analyse);
const where = (c: ReturnType<typeof chain>) =>
  c.steps.map((s) => [s.from?.path.join('/') ?? '', s.cell]);

describe('chainOf across an import', () => {
  it('goes into the imported notebook through the cells computing the imported names, then back', () => {
    expect(where(chain(3))).toEqual([
      ['atmo', 1],
      ['atmo', 2],
      ['atmo', 4],
      ['atmo', 5],
      ['', 1],
      ['', 2],
      ['', 3],
    ]);
  });

  it("names the imported notebook's steps by its title and sections", () => {
    const steps = chain(3).steps.filter((s) => s.from);
    expect(steps.every((s) => s.from!.label === 'The ATMO air-quality index')).toBe(true);
    expect(steps.map((s) => s.section)).toEqual(['Bounds', 'Bounds', 'Sub-index', 'Sub-index']);
    // Its input is a step (the reader cannot change it), and its datasets are not this notebook's.
    expect(steps[0].kind).toBe('parameter');
    expect(chain(3).parameters).toEqual([]);
    expect(chain(3).datasets).toEqual([]);
  });

  it('reads the whole imported notebook for use()', () => {
    expect(where(chain(4))).toEqual([
      ['atmo', 1],
      ['atmo', 2],
      ['atmo', 4],
      ['atmo', 5],
      ['atmo', 6],
      ['', 4],
    ]);
  });

  it('stops at an import that is not resolved', () => {
    expect(where(chain(3, {} as { atmo: typeof atmo }))).toEqual([
      ['', 1],
      ['', 2],
      ['', 3],
    ]);
  });

  it('follows the imports of an imported notebook, and a cycle ends', () => {
    const loop = { ...atmo, imports: {} as Record<string, typeof atmo> };
    loop.imports.atmo = loop;
    const lib = {
      ...atmo,
      notebook: importer,
      label: 'Lib',
      imports: { atmo: loop },
    };
    // `lib` imports `atmo`, which imports itself (a cycle the resolver refuses; a bound here).
    const steps = chainOf(
      importer,
      3,
      dependencies(importer, analyse),
      { atmo: lib },
      analyse,
    ).steps;
    expect(steps.at(-1)).toMatchObject({ cell: 3 });
    expect(steps.some((s) => s.from?.path.join('/') === 'atmo/atmo')).toBe(true);
    expect(Math.max(...steps.map((s) => s.from?.path.length ?? 0))).toBeLessThanOrEqual(8);
  });
});

describe('chainOf and cellGraph on hostile import names', () => {
  it('follow no import named after an object property', () => {
    const hostile = notebook([
      { js: 'import { toString } from "__proto__"' },
      { js: 'const c = await use("constructor", {});' },
      { js: 'const d = await use("hasOwnProperty");' },
    ]);
    for (const index of [0, 1, 2]) {
      const steps = chainOf(
        hostile,
        index,
        dependencies(hostile, analyse),
        { atmo },
        analyse,
      ).steps;
      expect(steps.map((s) => s.from)).toEqual([undefined]);
    }
    expect(cellGraph(hostile, { atmo }, analyse).groups).toEqual([]);
  });
});

describe('importedNotebooks(session.imports)', () => {
  it('keeps the resolved ones, labelled by the pin, their title or their name', () => {
    const resolved = (name: string, title?: string): ResolvedImport => ({
      name,
      spec: { url: `${name}.algo.md`, sha256: 'a'.repeat(64), ...(title ? { title } : {}) },
      url: `https://x.test/${name}.algo.md`,
      text: '',
      notebook: atmo.notebook,
      imports: {},
    });
    const out = importedNotebooks({
      atmo: resolved('atmo', 'The ATMO index'),
      plain: resolved('plain'),
      broken: {
        name: 'broken',
        spec: { url: 'b.algo.md', sha256: 'b'.repeat(64) },
        error: { name: 'AlgobookError', code: 'import-unreachable', params: {}, message: 'x' },
      },
    });
    expect(Object.keys(out)).toEqual(['atmo', 'plain']);
    expect(out.atmo.label).toBe('The ATMO index');
    expect(out.plain.label).toBe('ATMO');
  });
});
