import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/core/data/sha256.ts';
import type { DatasetSpec } from '../../../src/core/format/types.ts';
import type { ImportedModuleSource, ImportPath } from '../../../src/core/imports/types.ts';
import { MAX_IMPORT_DEPTH } from '../../../src/core/runtime/imported-modules.ts';
import { errorText } from '../../../src/core/errors/index.ts';
import type { Output } from '../../../src/core/runtime/index.ts';
import { brief, deferred, notebook } from './notebook.ts';

const STATIONS = 'station,pm25\nA,12\nB,18\n';

/** A pinned dataset of `text`, and a loader that serves it and notes each scope it is asked in. */
async function pinnedStations() {
  const bytes = new TextEncoder().encode(STATIONS);
  const spec: DatasetSpec = {
    url: 'https://example.org/atmo/stations.csv',
    format: 'csv',
    sha256: await sha256Hex(bytes),
  };
  const asked: string[] = [];
  const loadDataset = async (name: string, _spec: DatasetSpec, scope: ImportPath) => {
    asked.push(`${JSON.stringify(scope)} ${name}`);
    return bytes.slice();
  };
  return { spec, asked, loadDataset };
}

/** The library of issue 14: an input, a function, a pinned dataset, and a display. */
function library(
  stations: DatasetSpec,
  more: Partial<ImportedModuleSource> = {},
): ImportedModuleSource {
  return {
    sha256: 'a'.repeat(64),
    label: 'The ATMO index',
    cells: [
      {
        id: 'l1',
        label: '1',
        source: 'const boundsPM25 = view(Inputs.text({value: "10, 20, 25, 50, 75"}))',
      },
      {
        id: 'l2',
        label: '2',
        source:
          'function subIndex(value) {\n  return boundsPM25.split(",").map(Number).findIndex((b) => value <= b) + 1\n}',
      },
      { id: 'l3', label: '3', source: 'const stations = await dataset("stations")' },
      {
        id: 'l4',
        label: '4',
        source: 'const worst = subIndex(Math.max(...stations.array("pm25")))',
      },
      { id: 'l5', label: '5', source: 'display(md`# Shown only in the library`)\nstations' },
    ],
    datasets: { stations },
    imports: {},
    ...more,
  };
}

/** Each cell's outputs of its latest run, briefly. */
function shown(outputs: Record<string, Output[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(outputs).map(([id, list]) => [id, list.map(brief)]));
}

describe('import {a, b as c} from "name"', () => {
  it('binds the imported notebook’s names as it computes them, with its own datasets', async () => {
    const { spec, asked, loadDataset } = await pinnedStations();
    const nb = notebook({ imports: { atmo: library(spec) }, loadDataset });
    nb.update({
      i1: 'import {subIndex, worst as atmoWorst} from "atmo"',
      i2: 'subIndex(22)',
      i3: 'atmoWorst',
    });
    await nb.runtime.idle();
    const events = [...nb.events];
    expect(shown(nb.outputs())).toEqual({ i1: [], i2: ['value 3'], i3: ['value 2'] });
    // The library's own display and table show nothing here, and none of its events arrive.
    expect(new Set(events.map((event) => event.cellId))).toEqual(new Set(['i1', 'i2', 'i3']));
    expect(asked).toEqual(['["atmo"] stations']);
    nb.runtime.dispose();
  });

  it('does not build an import that no cell reads', async () => {
    const { spec, asked, loadDataset } = await pinnedStations();
    const nb = notebook({ imports: { atmo: library(spec) }, loadDataset });
    nb.update({ c: '1 + 1' });
    await nb.runtime.idle();
    expect(nb.runtime.liveModules()).toBe(0);
    expect(asked).toEqual([]);
    nb.update({ c: '1 + 1', i: 'import {worst} from "atmo"' });
    await nb.runtime.idle();
    expect(nb.runtime.liveModules()).toBe(1);
    nb.runtime.dispose();
  });

  it('re-runs the readers of an imported name when the import’s sha256 changes, and only then', async () => {
    const { spec, loadDataset } = await pinnedStations();
    const v1 = library(spec);
    const nb = notebook({ imports: { atmo: v1 }, loadDataset });
    nb.update({ i: 'import {subIndex} from "atmo"', r: 'subIndex(22)' });
    expect(shown(await nb.runtime.idle().then(() => nb.outputs()))).toEqual({
      i: [],
      r: ['value 3'],
    });

    const stricter = v1.cells.map((cell) =>
      cell.id === 'l1'
        ? { ...cell, source: 'const boundsPM25 = view(Inputs.text({value: "5, 15, 21, 50, 75"}))' }
        : cell,
    );
    // The same pin with other cells is the same notebook: nothing is rebuilt or re-run.
    nb.update(
      { i: 'import {subIndex} from "atmo"', r: 'subIndex(22)' },
      {
        imports: { atmo: { ...v1, cells: stricter } },
      },
    );
    expect(await nb.settle()).toEqual({});

    nb.update(
      { i: 'import {subIndex} from "atmo"', r: 'subIndex(22)' },
      {
        imports: { atmo: { ...v1, cells: stricter, sha256: 'b'.repeat(64) } },
      },
    );
    expect(shown(await nb.runtime.idle().then(() => nb.outputs()))).toEqual({
      i: [],
      r: ['value 4'],
    });
    expect(nb.runtime.liveModules()).toBe(1);
    nb.runtime.dispose();
  });

  it('disposes an import removed from the front matter, and its readers fail', async () => {
    const { spec, loadDataset } = await pinnedStations();
    const nb = notebook({ imports: { atmo: library(spec) }, loadDataset });
    nb.update({ i: 'import {worst} from "atmo"' });
    await nb.runtime.idle();
    expect(nb.runtime.liveModules()).toBe(1);
    nb.update({ i: 'import {worst} from "atmo"' }, { imports: {} });
    await nb.runtime.idle();
    expect(nb.runtime.liveModules()).toBe(0);
    expect(nb.outputs().i).toEqual([expect.objectContaining({ code: 'import-none' })]);
  });

  it('runs an import that failed once it resolves, under the same pin', async () => {
    const { spec, loadDataset } = await pinnedStations();
    const atmo = library(spec);
    const error = { name: 'Error', message: 'unreachable', code: 'download-unreachable' };
    const nb = notebook({ imports: { atmo: { ...atmo, error } }, loadDataset });
    nb.update({ i: 'import {worst} from "atmo"', r: 'worst' });
    await nb.runtime.idle();
    expect(nb.outputs().i).toEqual([expect.objectContaining({ code: 'download-unreachable' })]);
    nb.update({ i: 'import {worst} from "atmo"', r: 'worst' }, { imports: { atmo } });
    await nb.runtime.idle();
    expect(shown(nb.outputs())).toEqual({ i: [], r: ['value 2'] });
  });

  it('says which imports exist when a cell imports from an unknown one', async () => {
    const { spec } = await pinnedStations();
    const nb = notebook({ imports: { atmo: library(spec), pm: library(spec) } });
    nb.update({ i: 'import {x} from "nope"', j: 'import {y} from "__proto__"' });
    await nb.runtime.idle();
    const { i, j } = nb.outputs();
    expect(i).toEqual([
      expect.objectContaining({
        name: 'ImportError',
        code: 'import-unknown',
        line: 1,
        column: 17,
        message:
          'This notebook imports nothing named "nope"; its imports are atmo and pm (under "imports:" in its front matter).',
      }),
    ]);
    expect(j).toEqual([expect.objectContaining({ code: 'import-unknown' })]);
  });

  it('says the notebook has no imports when it has none', async () => {
    const nb = notebook();
    nb.update({ i: 'import {x} from "atmo"' });
    await nb.runtime.idle();
    expect(nb.outputs().i).toEqual([expect.objectContaining({ code: 'import-none' })]);
  });

  it('lists the imported notebook’s names when it defines no such name', async () => {
    const { spec } = await pinnedStations();
    const nb = notebook({ imports: { atmo: library(spec) } });
    nb.update({ i: 'import {subIndex} from "atmo"\nimport {worst, zzz} from "atmo"' });
    await nb.runtime.idle();
    expect(nb.outputs().i).toEqual([
      expect.objectContaining({
        code: 'import-unknown-name',
        message:
          '"The ATMO index" defines no zzz; its names are boundsPM25, subIndex, stations and worst.',
        line: 2,
        column: 16,
      }),
    ]);
    // Refused from its text: the library was not even run.
    expect(nb.runtime.liveModules()).toBe(0);
  });

  it('fails with the error of an import that could not be resolved, its code and params kept', async () => {
    const error = {
      name: 'ImportChanged',
      message: 'Import "atmo" does not match its pinned hash',
      code: 'import-changed',
      params: { name: 'atmo', expected: 'a'.repeat(64), actual: 'c'.repeat(64) },
    };
    const nb = notebook({ imports: { atmo: { sha256: 'a'.repeat(64), label: 'atmo', error } } });
    nb.update({ i: 'import {worst} from "atmo"', r: 'worst', u: 'await use("atmo", {})' });
    await nb.runtime.idle();
    const { i, r, u } = nb.outputs();
    // Located at the import's name in the cell.
    expect(i).toEqual([{ kind: 'error', ...error, line: 1, column: 21 }]);
    expect(u).toEqual([expect.objectContaining({ code: 'import-changed', params: error.params })]);
    expect(r).toEqual([
      expect.objectContaining({
        code: 'input-failed',
        params: expect.objectContaining({ cause: 'import-changed' }),
      }),
    ]);
  });

  it('names the imported notebook and its cell when the cell defining a name fails', async () => {
    const { spec } = await pinnedStations();
    // No bytes for the library's dataset: its cell 3 fails, and so do 4 and the import.
    const nb = notebook({ imports: { atmo: library(spec) } });
    nb.update({ i: 'import {stations} from "atmo"' });
    await nb.runtime.idle();
    const [error] = nb.outputs().i;
    expect(error).toMatchObject({
      kind: 'error',
      name: 'ImportError',
      code: 'import-cell-failed',
      params: { notebook: 'The ATMO index', cell: '3', reason: 'no bytes for stations' },
      message: 'In the imported notebook "The ATMO index", cell 3 failed: no bytes for stations',
    });
  });

  it('names the cell upstream whose own code failed, not the cells that read it', async () => {
    const { spec } = await pinnedStations();
    const nb = notebook({ imports: { atmo: library(spec) } });
    // worst (cell 4) fails because stations (cell 3) did.
    nb.update({ i: 'import {worst} from "atmo"' });
    await nb.runtime.idle();
    expect(nb.outputs().i).toEqual([
      expect.objectContaining({
        message: 'In the imported notebook "The ATMO index", cell 3 failed: no bytes for stations',
      }),
    ]);
  });

  it('retries what failed in the imported notebook when the import cell runs again', async () => {
    const { loadDataset: serve, spec } = await pinnedStations();
    let offline = true;
    const loadDataset = (name: string, pinned: DatasetSpec, scope: ImportPath) =>
      offline ? Promise.reject(new Error('offline')) : serve(name, pinned, scope);
    const nb = notebook({ imports: { atmo: library(spec) }, loadDataset });
    nb.update({ i: 'import {worst} from "atmo"', r: 'worst' });
    await nb.runtime.idle();
    expect(nb.outputs().i).toEqual([expect.objectContaining({ code: 'import-cell-failed' })]);
    offline = false;
    nb.runtime.rerun('i');
    await nb.runtime.idle();
    expect(shown(nb.outputs())).toEqual({ i: [], r: ['value 2'] });
    expect(nb.runtime.liveModules()).toBe(1);
  });

  it('keeps the code of the imported cell’s error as the cause', async () => {
    const { spec, loadDataset } = await pinnedStations();
    const broken = library(spec, {
      cells: [{ id: 'x', label: '7', source: 'const k = view(42)' }],
    });
    const nb = notebook({ imports: { atmo: broken }, loadDataset });
    nb.update({ i: 'import {k} from "atmo"' });
    await nb.runtime.idle();
    const [error] = nb.outputs().i;
    expect(error).toMatchObject({
      code: 'import-cell-failed',
      params: { cause: 'view-not-input', cell: '7' },
    });
    // The page words the cause in the reader's language too.
    expect(error.kind === 'error' && errorText('fr', error.code, error.params, '')).toBe(
      'Dans le carnet importé «\u00a0The ATMO index\u00a0», la cellule 7 a échoué\u00a0: view() attend une saisie, par exemple view(Inputs.range([0, 10], {label: "n"}))',
    );
  });

  it('runs nested imports, each asking for its datasets with its own import path', async () => {
    const { spec, asked, loadDataset } = await pinnedStations();
    const inner = library(spec, { label: 'PM stations' });
    const outer: ImportedModuleSource = {
      sha256: 'd'.repeat(64),
      label: 'Outer',
      cells: [
        { id: 'o1', source: 'import {worst} from "pm"' },
        { id: 'o2', source: 'const doubled = worst * 2' },
      ],
      datasets: {},
      imports: { pm: inner },
    };
    const nb = notebook({ imports: { a: outer }, loadDataset });
    nb.update({ i: 'import {doubled} from "a"', r: 'doubled' });
    await nb.runtime.idle();
    expect(shown(nb.outputs())).toEqual({ i: [], r: ['value 4'] });
    expect(asked).toEqual(['["a","pm"] stations']);
    expect(nb.runtime.liveModules()).toBe(2);
    nb.runtime.dispose();
    expect(nb.runtime.liveModules()).toBe(0);
  });

  it(`stops imports nested more than ${MAX_IMPORT_DEPTH} deep`, async () => {
    let module: ImportedModuleSource = {
      sha256: 'e'.repeat(64),
      label: 'leaf',
      cells: [{ id: 'x', source: 'const x = 1' }],
      datasets: {},
      imports: {},
    };
    for (let level = 0; level < MAX_IMPORT_DEPTH; level++) {
      module = {
        sha256: 'e'.repeat(64),
        label: `level ${level}`,
        cells: [{ id: 'x', label: '1', source: 'import {x} from "next"' }],
        datasets: {},
        imports: { next: module },
      };
    }
    const nb = notebook({ imports: { next: module } });
    nb.update({ i: 'import {x} from "next"' });
    await nb.runtime.idle();
    const [error] = nb.outputs().i;
    // Each level names the cell that failed, down to the one that went too deep.
    expect(error).toMatchObject({ code: 'import-cell-failed' });
    expect(error.kind === 'error' && error.message).toMatch(
      /Imports nest more than 16 levels deep \(next → next → .* → next\)/,
    );
    nb.runtime.dispose();
  });
});

describe('use(name, overrides)', () => {
  it('recomputes the imported notebook with an input replaced, and leaves the import as it is', async () => {
    const { spec, asked, loadDataset } = await pinnedStations();
    const nb = notebook({ imports: { atmo: library(spec) }, loadDataset });
    nb.update({
      i: 'import {boundsPM25, worst} from "atmo"',
      u: 'const strict = await use("atmo", {boundsPM25: "5, 15, 25, 50, 75"})',
      s: '[strict.worst, strict.boundsPM25, Object.isFrozen(strict)]',
      w: '[worst, boundsPM25]',
    });
    await nb.runtime.idle();
    expect(shown(nb.outputs())).toEqual({
      i: [],
      u: [],
      s: ['value [3,"5, 15, 25, 50, 75",true]'],
      w: ['value [2,"10, 20, 25, 50, 75"]'],
    });
    expect(asked).toEqual(['["atmo"] stations', '["atmo"] stations']);
    nb.runtime.dispose();
  });

  it('replaces a plain definition, a function too', async () => {
    const { spec, loadDataset } = await pinnedStations();
    const nb = notebook({ imports: { atmo: library(spec) }, loadDataset });
    nb.update({ u: '(await use("atmo", {subIndex: () => 9})).worst' });
    await nb.runtime.idle();
    expect(shown(nb.outputs())).toEqual({ u: ['value 9'] });
  });

  it('gives every top-level name without overrides', async () => {
    const { spec, loadDataset } = await pinnedStations();
    const nb = notebook({ imports: { atmo: library(spec) }, loadDataset });
    nb.update({ u: 'Object.keys(await use("atmo"))' });
    await nb.runtime.idle();
    expect(shown(nb.outputs())).toEqual({
      u: ['value ["boundsPM25","subIndex","stations","worst"]'],
    });
  });

  it('lists the names that exist when an override names none of them', async () => {
    const { spec } = await pinnedStations();
    const nb = notebook({ imports: { atmo: library(spec) } });
    nb.update({
      u: 'await use("atmo", {boundsPM10: "1"})',
      p: 'await use("atmo", JSON.parse(\'{"__proto__": 1}\'))',
    });
    await nb.runtime.idle();
    const { u, p } = nb.outputs();
    expect(u).toEqual([
      expect.objectContaining({
        code: 'import-unknown-override',
        message:
          'use("atmo", …): "The ATMO index" defines no boundsPM10 to replace; its names are boundsPM25, subIndex, stations and worst.',
      }),
    ]);
    expect(p).toEqual([
      expect.objectContaining({
        code: 'import-unknown-override',
        params: expect.objectContaining({ name: '__proto__' }),
      }),
    ]);
    expect(nb.runtime.liveModules()).toBe(0);
  });

  it('refuses overrides that are not an object of names, and a name that is not text', async () => {
    const { spec } = await pinnedStations();
    const nb = notebook({ imports: { atmo: library(spec) } });
    nb.update({
      a: 'await use("atmo", [1])',
      n: 'await use("atmo", null)',
      t: 'await use(42, {})',
    });
    await nb.runtime.idle();
    const codes = Object.fromEntries(
      Object.entries(nb.outputs()).map(([id, [out]]) => [id, out.kind === 'error' && out.code]),
    );
    expect(codes).toEqual({
      a: 'import-overrides-not-object',
      n: 'import-overrides-not-object',
      t: 'import-name-not-text',
    });
  });

  it('makes a new instance when the cell runs again and disposes the old one, and all with the importer', async () => {
    const { spec, loadDataset } = await pinnedStations();
    const nb = notebook({ imports: { atmo: library(spec) }, loadDataset });
    const cells = (bounds: string) => ({
      u: `const strict = await use("atmo", {boundsPM25: "${bounds}"}); const two = await use("atmo", {})`,
      s: 'strict.worst',
    });
    nb.update(cells('5, 15, 25, 50, 75'));
    await nb.runtime.idle();
    expect(shown(nb.outputs()).s).toEqual(['value 3']);
    expect(nb.runtime.liveModules()).toBe(2);

    nb.update(cells('1, 2, 3, 4, 18'));
    await nb.runtime.idle();
    expect(shown(nb.outputs()).s).toEqual(['value 5']);
    expect(nb.runtime.liveModules()).toBe(2);

    nb.runtime.rerun('u');
    await nb.runtime.idle();
    expect(nb.runtime.liveModules()).toBe(2);

    nb.runtime.dispose();
    expect(nb.runtime.liveModules()).toBe(0);
  });

  it('makes no instance for a run superseded before it calls use()', async () => {
    const { spec, loadDataset } = await pinnedStations();
    const gate = deferred<Uint8Array>();
    const nb = notebook({
      imports: { atmo: library(spec) },
      datasets: { slow: spec },
      loadDataset: (name, pinned, scope) =>
        name === 'slow' ? gate.promise : loadDataset(name, pinned, scope),
    });
    nb.update({ u: 'await dataset("slow"); const s = await use("atmo", {boundsPM25: "1"})' });
    await nb.event('u', 'running 1');
    nb.update({ u: 'const s = 1' });
    await nb.runtime.idle();
    // The first run goes on once its dataset arrives, and its use() comes too late.
    gate.resolve(new TextEncoder().encode(STATIONS));
    await nb.runtime.datasetInfo('slow');
    await nb.runtime.idle();
    expect(nb.runtime.liveModules()).toBe(0);
  });

  it('disposes a deleted cell’s instances', async () => {
    const { spec, loadDataset } = await pinnedStations();
    const nb = notebook({ imports: { atmo: library(spec) }, loadDataset });
    nb.update({ u: 'await use("atmo", {boundsPM25: "1"})' });
    await nb.runtime.idle();
    expect(nb.runtime.liveModules()).toBe(1);
    nb.update({});
    await nb.runtime.idle();
    expect(nb.runtime.liveModules()).toBe(0);
  });
});

describe('digests of an importer', () => {
  it('hash only its own cells’ outputs, an import cell as a cell that shows nothing', async () => {
    const { spec, loadDataset } = await pinnedStations();
    const nb = notebook({ imports: { atmo: library(spec) }, loadDataset });
    nb.update({ i: 'import {worst} from "atmo"', r: 'worst' });
    await nb.runtime.idle();
    const withImport = nb.runtime.digests();

    const plain = notebook();
    plain.update({ i: 'const worst = 2', r: 'worst' });
    await plain.runtime.idle();
    expect(withImport).toEqual(plain.runtime.digests());
  });
});
