import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/core/data/sha256.ts';
import type { DatasetSpec } from '../../../src/core/format/types.ts';
import { notebook } from './notebook.ts';

const ran = (run: number, ...outputs: string[]) => [
  'queued',
  `running ${run}`,
  ...outputs.map((o) => `output ${run} ${o}`),
  `done ${run}`,
];
const bytes = (text: string) => new TextEncoder().encode(text);

describe('builtins', () => {
  it('display(value) shows every value, in order, and returns it', async () => {
    const nb = notebook();
    nb.update({ a: 'const a = display(1) + display(2); display({a})' });
    expect(await nb.settle()).toEqual({ a: ran(1, 'value 1', 'value 2', 'value {"a":3}') });
  });

  it('an expression cell displays its value, awaiting a promise first', async () => {
    const nb = notebook();
    nb.update({
      obj: '{a: 1}',
      promised: 'Promise.resolve([1, 2])',
      nothing: 'undefined',
      statement: '1 + 1;',
    });
    expect(await nb.settle()).toEqual({
      obj: ran(1, 'value {"a":1}'),
      promised: ran(1, 'value [1,2]'),
      nothing: ran(1, 'value "undefined" (undefined)'),
      statement: ran(1),
    });
  });

  it('an expression cell calling display() or view() shows only what they show', async () => {
    const nb = notebook();
    nb.update({ shown: 'display(1)', input: 'view(Inputs.text())' });
    expect(await nb.settle()).toEqual({
      shown: ran(1, 'value 1'),
      input: ran(1, 'input input:0=""'),
    });
  });

  it('md renders a tagged template as a markdown output', async () => {
    const nb = notebook();
    nb.update({ n: 'const n = 3', text: 'md`# Total\n${n} rows`', call: 'display(md("*plain*"))' });
    const events = await nb.settle();
    expect(events.text).toEqual(ran(1, 'markdown # Total\n3 rows'));
    expect(events.call).toEqual(ran(1, 'markdown *plain*'));
  });

  it('chart(spec) inlines an Arquero table as data values', async () => {
    const nb = notebook();
    nb.update({
      c: 'chart({mark: "bar", data: aq.table({x: [1, 2]}), encoding: {x: {field: "x"}}})',
    });
    expect(await nb.settle()).toEqual({
      c: ran(
        1,
        'chart {"mark":"bar","data":{"values":[{"x":1},{"x":2}]},"encoding":{"x":{"field":"x"}}}',
      ),
    });
  });

  it('chart(spec) refuses a spec that is not plain data', async () => {
    const nb = notebook();
    nb.update({ c: 'chart({mark: "bar", transform: [{calculate: () => 1}]})' });
    const [, , error] = (await nb.settle()).c;
    expect(error).toBe(
      'error 1 TypeError: chart(): the spec must be plain data (no functions or class instances) @1:1',
    );
  });

  it('chart(spec) refuses more than 100 000 rows with a clear error', async () => {
    const nb = notebook();
    nb.update({
      c: 'chart({mark: "point", data: {values: aq.table({x: new Float64Array(100001)})}})',
    });
    const [, , error] = (await nb.settle()).c;
    expect(error).toMatch(
      /^error 1 RangeError: chart\(\): the data has 100,001 rows, more than the 100,000 a chart can show; aggregate/,
    );
  });

  it('aq and op are Arquero', async () => {
    const nb = notebook();
    nb.update({ s: 'aq.table({x: [1, 2, 3]}).rollup({s: op.sum("x")}).get("s", 0)' });
    expect(await nb.settle()).toEqual({ s: ran(1, 'value 6') });
  });

  it('view(input) shows the input and returns its default, then the value set by setInput', async () => {
    const nb = notebook();
    nb.update({
      pick: 'const n = view(Inputs.range([0, 10], {label: "n", step: 1}))',
      twice: 'n * 2',
    });
    expect(await nb.settle()).toEqual({
      pick: ran(1, 'input pick:0=5'),
      twice: ran(1, 'value 10'),
    });
    nb.runtime.setInput('pick:0', 7);
    expect(await nb.settle()).toEqual({
      pick: ran(2, 'input pick:0=7'),
      twice: ran(2, 'value 14'),
    });
    nb.runtime.setInput('pick:0', 99);
    expect(await nb.settle()).toEqual({
      pick: ran(3, 'input pick:0=10'),
      twice: ran(3, 'value 20'),
    });
    nb.runtime.setInput('nowhere:0', 1);
    nb.runtime.setInput('pick:5', 1);
    expect(await nb.settle()).toEqual({});
  });

  it('every input kind has a default and accepts values through setInput', async () => {
    const nb = notebook();
    nb.update({
      all: [
        'const r = view(Inputs.range([0, 1]))',
        'const s = view(Inputs.select(["a", "b"], {value: "b"}))',
        'const n = view(Inputs.number({min: 1, max: 5}))',
        'const t = view(Inputs.text({placeholder: "name"}))',
        'const c = view(Inputs.checkbox({label: "on"}))',
      ].join('\n'),
      values: '[r, s, n, t, c]',
    });
    expect((await nb.settle()).values).toEqual(ran(1, 'value [0.5,"b",1,"",false]'));
    nb.runtime.setInput('all:1', 'a');
    await nb.settle();
    nb.runtime.setInput('all:3', 'Ada');
    await nb.settle();
    nb.runtime.setInput('all:4', true);
    expect((await nb.settle()).values).toEqual(ran(4, 'value [0.5,"a",1,"Ada",true]'));
  });

  it('input values are reset when the cell source changes', async () => {
    const nb = notebook();
    nb.update({ pick: 'view(Inputs.number({value: 1}))' });
    await nb.settle();
    nb.runtime.setInput('pick:0', 3);
    expect(await nb.settle()).toEqual({ pick: ran(2, 'input pick:0=3') });
    nb.update({ pick: 'view(Inputs.number({value: 2}))' });
    expect(await nb.settle()).toEqual({ pick: ran(3, 'input pick:0=2') });
  });

  it('view() rejects what is not an input', async () => {
    const nb = notebook();
    nb.update({ v: 'view(3)' });
    const [, , error] = (await nb.settle()).v;
    expect(error).toMatch(/^error 1 TypeError: view\(\) expects an input/);
  });
});

describe('dataset(name)', () => {
  const csv = bytes('city,population\nParis,2100000\nLyon,520000\n');

  async function pinned(
    data: Uint8Array,
    format: DatasetSpec['format'] = 'csv',
  ): Promise<DatasetSpec> {
    return { url: `data.${format}`, format, sha256: await sha256Hex(data) };
  }

  it('loads, checks and parses a pinned dataset, once per runtime', async () => {
    const loads: string[] = [];
    const nb = notebook({
      datasets: { cities: await pinned(csv) },
      loadDataset: async (name) => (loads.push(name), csv),
    });
    nb.update({
      cities: 'const cities = await dataset("cities")',
      count: 'cities.numRows()',
      again: '(await dataset("cities")).columnNames()',
    });
    const events = await nb.settle();
    expect(events.count).toEqual(ran(1, 'value 2'));
    expect(events.again).toEqual(ran(1, 'value ["city","population"]'));
    expect(loads).toEqual(['cities']);
  });

  it('fails with DatasetHashMismatch when the bytes changed since they were pinned', async () => {
    const spec = { ...(await pinned(csv)), sha256: 'a'.repeat(64) };
    const nb = notebook({ datasets: { cities: spec }, loadDataset: async () => csv });
    nb.update({ cities: 'const cities = await dataset("cities")' });
    const [, , error] = (await nb.settle()).cities;
    // (V8 may or may not add the line where the cell awaited the dataset)
    expect(error.replace(/ @1:22$/, '')).toBe(
      `error 1 DatasetHashMismatch: Dataset "cities" does not match its pinned hash: expected sha256 ${'a'.repeat(64)}, got ${await sha256Hex(csv)}. The file changed since it was pinned: restore the original file or re-pin the dataset.`,
    );
  });

  it('leaves the hash check to a host that checks hashes itself (the page, for the sandboxed worker)', async () => {
    const spec = { ...(await pinned(csv)), sha256: 'a'.repeat(64) };
    const nb = notebook({
      datasets: { cities: spec },
      loadDataset: async () => csv,
      checksHashes: true,
    });
    nb.update({ count: '(await dataset("cities")).numRows()' });
    expect((await nb.settle()).count).toEqual(ran(1, 'value 2'));
  });

  it('names the known datasets when asked for an unknown one', async () => {
    const nb = notebook({ datasets: { cities: await pinned(csv), rivers: await pinned(csv) } });
    nb.update({ x: 'dataset("citiez")' });
    const [, , error] = (await nb.settle()).x;
    expect(error).toBe(
      'error 1 UnknownDataset: Unknown dataset "citiez"; this notebook pins: cities, rivers. @1:1',
    );
  });

  it('retries a failed load when the cell runs again', async () => {
    let calls = 0;
    const nb = notebook({
      datasets: { cities: await pinned(csv) },
      loadDataset: async () => {
        if (++calls === 1) throw new Error('offline');
        return csv;
      },
    });
    nb.update({ n: '(await dataset("cities")).numRows()' });
    expect((await nb.settle()).n).toEqual(['queued', 'running 1', 'error 1 Error: offline @1:8']);
    nb.runtime.rerun('n');
    expect((await nb.settle()).n).toEqual(ran(2, 'value 2'));
  });

  it('reads every pinned format, and reports bytes that do not parse', async () => {
    const json = bytes('[{"a": 1}, {"a": 2}]');
    const tsv = bytes('a\tb\n1\t2\n');
    const bad = bytes('[{"a": ');
    const files: Record<string, Uint8Array> = { json, tsv, bad };
    const nb = notebook({
      datasets: {
        j: await pinned(json, 'json'),
        t: await pinned(tsv, 'tsv'),
        bad: { ...(await pinned(bad, 'json')), url: 'bad' },
      },
      loadDataset: async (_, spec) => files[spec.url === 'bad' ? 'bad' : spec.format],
    });
    nb.update({
      j: '(await dataset("j")).array("a")',
      t: '(await dataset("t")).objects()',
      bad: 'dataset("bad")',
    });
    const events = await nb.settle();
    expect(events.j).toEqual(ran(1, 'value [1,2]'));
    expect(events.t).toEqual(ran(1, 'value [{"a":1,"b":2}]'));
    expect(events.bad[2]).toMatch(
      /^error 1 DatasetParseError: Dataset "bad" could not be read as json: invalid JSON/,
    );
  });

  it('re-runs cells using dataset() when the pinned datasets change', async () => {
    const other = bytes('city,population\nNice,340000\n');
    const nb = notebook({
      datasets: { cities: await pinned(csv) },
      loadDataset: async (_, spec) => (spec.url === 'v2' ? other : csv),
    });
    nb.update({ n: '(await dataset("cities")).numRows()', unrelated: '1' });
    await nb.settle();
    const datasets = { cities: { ...(await pinned(other)), url: 'v2' } };
    nb.update({ n: '(await dataset("cities")).numRows()', unrelated: '1' }, { datasets });
    expect(await nb.settle()).toEqual({ n: ran(2, 'value 1') });
  });
});
