import { describe, expect, it } from 'vitest';
import type { DatasetSpec } from '../../../src/core/format/types.ts';
import { NotebookRuntime } from '../../../src/core/runtime/index.ts';
import { digestOutputs, errorDigest } from '../../../src/core/runtime/digests.ts';
import { notebook } from './notebook.ts';

const SPEC: DatasetSpec = { url: 'pop.csv', format: 'csv', sha256: 'ab'.repeat(32) };

/** Runs cells (sources in page order) in a fresh runtime with ids of its own; its digests. */
async function digestsOf(sources: string[], csv = 'commune,pop\nA,10\nB,20\n', prefix = 'x') {
  const nb = notebook({
    datasets: { pop: SPEC },
    loadDataset: async () => new TextEncoder().encode(csv),
    // The bytes stand for the pinned ones: the test changes them on purpose.
    checksHashes: true,
  });
  nb.runtime.update(sources.map((source, i) => ({ id: `${prefix}${i}`, source })));
  await nb.runtime.idle();
  const digests = nb.runtime.digests();
  return { nb, digests };
}

const CELLS = [
  'const pop = await dataset("pop")',
  'pop',
  'const total = pop.rollup({t: op.sum("pop")}).get("t", 0)',
  'total',
  'md`**${total}** inhabitants`',
  'chart({data: pop, mark: "bar", encoding: {x: {field: "commune"}, y: {field: "pop", type: "quantitative"}}})',
  'const n = view(Inputs.range([0, 10], {label: "n", value: 3}))',
  'undefinedName + 1',
];

describe('NotebookRuntime.digests', () => {
  it('gives one result per code cell, numbered from 1 in page order, with a short value', async () => {
    const { digests } = await digestsOf(CELLS);
    expect(digests.map((d) => d.cell)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const d of digests) expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(digests.map((d) => d.value)).toEqual([
      undefined,
      '2 rows × 2 columns',
      undefined,
      '30',
      '**30** inhabitants',
      undefined,
      'n: 3',
      'ReferenceError: undefinedName is not defined',
    ]);
  });

  it('are the same for two runs in two runtimes, whatever the session’s cell ids', async () => {
    const a = await digestsOf(CELLS, undefined, 'first');
    const b = await digestsOf(CELLS, undefined, 'second');
    expect(b.digests).toEqual(a.digests);
  });

  it('change with the data, for the cells that show it', async () => {
    const a = await digestsOf(CELLS);
    const b = await digestsOf(CELLS, 'commune,pop\nA,10\nB,21\n');
    const changed = a.digests.filter((d, i) => d.sha256 !== b.digests[i].sha256).map((d) => d.cell);
    expect(changed).toEqual([2, 4, 5, 6]);
  });

  it('cover all the rows of a table, not only the first window a page gets', async () => {
    const rows = (last: number) =>
      `aq.table({i: Array.from({length: 25000}, (_, k) => k === 24999 ? ${last} : k)})`;
    const a = await digestsOf([rows(1)]);
    const b = await digestsOf([rows(2)]);
    expect(a.digests[0].value).toBe('25000 rows × 1 columns');
    expect(a.digests[0].sha256).not.toBe(b.digests[0].sha256);
    expect((await digestsOf([rows(1)])).digests).toEqual(a.digests);
  });

  it('follow an input’s current value', async () => {
    const { nb, digests } = await digestsOf([
      'view(Inputs.range([0, 10], {label: "n", value: 3}))',
    ]);
    nb.runtime.setInput('x0:0', 7);
    await nb.runtime.idle();
    const after = nb.runtime.digests();
    expect(after[0].value).toBe('n: 7');
    expect(after[0].sha256).not.toBe(digests[0].sha256);
  });

  it('forget removed cells and renumber', async () => {
    const { nb } = await digestsOf(['1', '2', '3']);
    nb.runtime.update([
      { id: 'x0', source: '1' },
      { id: 'x2', source: '3' },
    ]);
    await nb.runtime.idle();
    expect(nb.runtime.digests().map((d) => [d.cell, d.value])).toEqual([
      [1, '1'],
      [2, '3'],
    ]);
  });

  it('cut a long value to 80 characters without splitting an emoji', async () => {
    const { digests } = await digestsOf(['"🌫️".repeat(60)']);
    const value = digests[0].value!;
    expect(Array.from(value)).toHaveLength(80);
    expect(value.endsWith('…')).toBe(true);
    // No lone surrogate: UTF-8 would turn it into U+FFFD, and the file would not hash the same.
    expect(value).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('is empty before any cell', () => {
    const runtime = new NotebookRuntime({
      loadDataset: async () => new Uint8Array(),
      onEvent() {},
    });
    expect(runtime.digests()).toEqual([]);
  });
});

describe('digestOutputs of errors', () => {
  const noRows = () => [];
  const error = (extra: Record<string, unknown>) => ({
    kind: 'error' as const,
    name: 'DatasetError',
    message: 'No dataset named "x".',
    ...extra,
  });

  it('digests an error with a code by its name, code and parameters, never its translated text', () => {
    const en = error({ code: 'dataset-unknown', params: { name: 'x' } });
    const fr = { ...en, message: 'Aucun jeu de données nommé « x ».' };
    expect(digestOutputs([fr], noRows)).toBe(digestOutputs([en], noRows));
    const other = { ...en, params: { name: 'y' } };
    expect(digestOutputs([other], noRows)).not.toBe(digestOutputs([en], noRows));
    const renamed = { ...en, code: 'dataset-missing' };
    expect(digestOutputs([renamed], noRows)).not.toBe(digestOutputs([en], noRows));
  });

  it("digests an error without a code by its message: the author's own text", () => {
    const a = error({});
    expect(digestOutputs([{ ...a, message: 'boom' }], noRows)).not.toBe(digestOutputs([a], noRows));
    expect(digestOutputs([{ ...a, line: 3 }], noRows)).toBe(digestOutputs([a], noRows));
    expect(errorDigest(a)).toEqual({ kind: 'error', name: 'DatasetError', message: a.message });
  });
});
