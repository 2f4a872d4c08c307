import { describe, expect, it } from 'vitest';
import type { DatasetSpec } from '../../../src/core/format/types.ts';
import type { Output } from '../../../src/core/runtime/outputs.ts';
import { checkDigests } from '../../../src/app/session/page-digests.ts';
import { notebook } from '../../core/runtime/notebook.ts';

const SPEC: DatasetSpec = { url: 'pop.csv', format: 'csv', sha256: 'ab'.repeat(32) };
const CSV =
  'commune,pop,day,ok\nA,10,2024-01-02,true\nB,20.5,2024-02-03,false\nC,,2024-03-04,true\n';

const CELLS = [
  'const pop = await dataset("pop")',
  'pop',
  'pop.derive({twice: (d) => d.pop * 2})',
  'const total = pop.rollup({t: op.sum("pop")}).get("t", 0)',
  'total',
  'new Map([["a", 1n], ["b", NaN]])',
  'md`**${total}** inhabitants`',
  'chart({data: pop, mark: "bar", encoding: {x: {field: "commune"}, y: {field: "pop", type: "quantitative"}}})',
  'const n = view(Inputs.range([0, 10], {label: "n", value: 3}))',
  'display(new Date(0)); display([1, "two", {three: 3}])',
  'undefinedName + 1',
];

/** Runs `cells` in a runtime; the outputs of each cell as the page receives them, and the digests. */
async function honestRun(cells: readonly string[] = CELLS) {
  const nb = notebook({
    datasets: { pop: SPEC },
    loadDataset: async () => new TextEncoder().encode(CSV),
    // The loader stands for the page, which checked the bytes against the pin.
    checksHashes: true,
  });
  const ids = cells.map((_, i) => `c${i}`);
  nb.runtime.update(cells.map((source, i) => ({ id: ids[i], source })));
  await nb.runtime.idle();
  // Through a structured clone, as across the worker boundary.
  const outputs = structuredClone(nb.outputs());
  const shown = ids.map((id) => ({ outputs: outputs[id] ?? [] }));
  const fetchRows = async (id: string, offset: number, limit: number) =>
    nb.runtime.getRows(id, offset, limit);
  return { cells: shown, reported: nb.runtime.digests(), fetchRows };
}

/** The column types of the table cell `n` (from 1) shows. */
function typesOf(cells: { outputs: readonly Output[] }[], n: number): string[] {
  const table = cells[n - 1].outputs[0];
  return table?.kind === 'table' ? table.columns.map((c) => c.type) : [];
}

describe('checkDigests', () => {
  it('checkDigests(cells, reported, fetchRows) agrees with an honest runner on every cell', async () => {
    const { cells, reported, fetchRows } = await honestRun();
    // Tables with numbers, missing values, strings, dates and booleans are among them.
    expect(cells.map((c) => c.outputs[0]?.kind).slice(1, 3)).toEqual(['table', 'table']);
    const check = await checkDigests(cells, reported, fetchRows);
    expect(check).toEqual({ results: reported, mismatched: [], unchecked: [] });
  });

  it('names the cell whose shown value is not the one the runner digested', async () => {
    const { cells, reported, fetchRows } = await honestRun();
    const forged: Output = { kind: 'value', value: 3 };
    cells[4] = { outputs: [forged] };
    const check = await checkDigests(cells, reported, fetchRows);
    expect(check.mismatched).toEqual([5]);
    expect(check.results[4]).toEqual({
      cell: 5,
      sha256: expect.not.stringMatching(reported[4].sha256),
    });
    expect(check.results.filter((r) => r.cell !== 5)).toEqual(reported.filter((r) => r.cell !== 5));
  });

  it('names the cell whose table rows are not the ones the runner digested', async () => {
    const { cells, reported, fetchRows } = await honestRun();
    const shown = cells[1].outputs[0];
    if (shown?.kind !== 'table') throw new Error('cell 2 shows no table');
    // The rows the runner serves for cell 2’s table leave out its first row.
    const lying = (id: string, offset: number, limit: number) =>
      fetchRows(id, id === shown.id ? offset + 1 : offset, limit);
    const check = await checkDigests(cells, reported, lying);
    expect(check.mismatched).toEqual([2]);
  });

  it('names a cell the runner reports no digest for', async () => {
    const { cells, reported, fetchRows } = await honestRun();
    const check = await checkDigests(cells, reported.slice(0, -1), fetchRows);
    expect(check.mismatched).toEqual([CELLS.length]);
  });
});

describe('checkDigests on columns beyond numbers, strings, booleans and dates', () => {
  // Each cell a table of one column type; 12 000 rows, so the page reads more than one window.
  const ROWS = 12_000;
  const TYPED = [
    `aq.table({big: Array.from({length: ${ROWS}}, (_, i) => i % 7 ? BigInt(i) ** 3n : null)})`,
    `aq.table({huge: [2n ** 62n, -(2n ** 63n), 0n]})`,
    `aq.table({tags: Array.from({length: ${ROWS}}, (_, i) => i % 5 ? ["a" + i, "b", null].slice(i % 3) : null)})`,
    'aq.table({flags: [[true, false], [], null, [null, true]]})',
    'aq.table({nested: [[["a"], ["b", "c"]], [], [[]]]})',
    'aq.table({cat: aq.table({c: ["x", "y", "x"]}).array("c")}).derive({up: (d) => op.upper(d.cat)})',
  ];

  it('agrees with an honest runner on int64, lists of strings, of booleans and nested lists', async () => {
    const { cells, reported, fetchRows } = await honestRun(TYPED);
    expect(TYPED.map((_, i) => typesOf(cells, i + 1))).toEqual([
      ['int64'],
      ['int64'],
      ['list<utf8>'],
      ['list<bool>'],
      ['list<list<utf8>>'],
      ['utf8', 'utf8'],
    ]);
    const check = await checkDigests(cells, reported, fetchRows);
    expect(check).toEqual({ results: reported, mismatched: [], unchecked: [] });
  });

  it('names a forged bigint or list value, no longer left to the runner', async () => {
    const { cells, reported, fetchRows } = await honestRun(TYPED);
    for (const n of [1, 3]) {
      const shown = cells[n - 1].outputs[0];
      if (shown?.kind !== 'table') throw new Error(`cell ${n} shows no table`);
      // The runner serves cell n's rows one row late: what the page shows is not what it digested.
      const lying = (id: string, offset: number, limit: number) =>
        fetchRows(id, id === shown.id ? offset + 1 : offset, limit);
      expect((await checkDigests(cells, reported, lying)).mismatched).toEqual([n]);
    }
  });

  it('leaves lists of numbers and structs unchecked, and keeps the runner’s result for them', async () => {
    const { cells, reported, fetchRows } = await honestRun([
      '1 + 1',
      'aq.table({xs: [[1, 2.5], [], null]})',
      'aq.table({o: [{a: 1, b: "x"}, {a: 2}]})',
    ]);
    expect([typesOf(cells, 2), typesOf(cells, 3)]).toEqual([['list<float64>'], ['struct']]);
    const check = await checkDigests(cells, reported, fetchRows);
    expect(check).toEqual({ results: reported, mismatched: [], unchecked: [2, 3] });
  });
});
