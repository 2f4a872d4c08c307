import { afterEach, describe, expect, it } from 'vitest';
import { NotebookRuntime } from '../../../src/core/runtime/index.ts';
import { deferred, notebook } from './notebook.ts';

const ran = (run: number, ...outputs: string[]) => [
  'queued',
  `running ${run}`,
  ...outputs.map((o) => `output ${run} ${o}`),
  `done ${run}`,
];

describe('NotebookRuntime dataflow', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).gates;
    delete (globalThis as Record<string, unknown>).ended;
  });

  it('runs cells in dependency order, not page order', async () => {
    const nb = notebook();
    nb.update({ sum: 'a + b', a: 'const a = 1', b: 'const b = a + 1' });
    const order: string[] = [];
    await nb.runtime.idle();
    for (const event of nb.events) if (event.kind === 'running') order.push(event.cellId);
    expect(order).toEqual(['a', 'b', 'sum']);
    expect(nb.take().sum).toEqual(ran(1, 'value 3'));
  });

  it('re-runs a changed cell and its dependants only', async () => {
    const nb = notebook();
    nb.update({ a: 'const a = 1', b: 'const b = a * 10', c: 'const c = 5', d: 'b + c' });
    await nb.settle();
    nb.update({ a: 'const a = 2', b: 'const b = a * 10', c: 'const c = 5', d: 'b + c' });
    expect(await nb.settle()).toEqual({ a: ran(2), b: ran(2), d: ran(2, 'value 25') });
  });

  it('re-runs nothing when only the page order changes', async () => {
    const nb = notebook();
    nb.update({ a: 'const a = 1', b: 'a' });
    await nb.settle();
    nb.update({ b: 'a', a: 'const a = 1' });
    expect(await nb.settle()).toEqual({});
  });

  it('rerun(cellId) re-runs the cell and its dependants', async () => {
    const nb = notebook();
    nb.update({ a: 'const a = 1', b: 'a + 1', c: 'const c = 3' });
    await nb.settle();
    nb.runtime.rerun('a');
    expect(await nb.settle()).toEqual({ a: ran(2), b: ran(2, 'value 2') });
  });

  it('never shows the outputs of a superseded async run', async () => {
    const gates = { 1: deferred(), 2: deferred() };
    const ended = { 1: deferred(), 2: deferred() };
    Object.assign(globalThis, { gates, ended });
    const nb = notebook();
    const slow =
      'display("start " + n); await gates[n].promise; display("end " + n); ended[n].resolve()';
    nb.update({ n: 'const n = 1', slow });
    await nb.event('slow', 'output 1 value "start 1"');
    nb.update({ n: 'const n = 2', slow });
    gates[2].resolve();
    await nb.runtime.idle();
    gates[1].resolve();
    // Run 1 has displayed "end 1" by now; the runtime must have dropped it.
    await ended[1].promise;
    expect(nb.take().slow).toEqual([
      'queued',
      'running 1',
      'output 1 value "start 1"',
      'queued',
      'running 2',
      'output 2 value "start 2"',
      'output 2 value "end 2"',
      'done 2',
    ]);
  });

  it('does not wait for a stuck run before starting the next one', async () => {
    const nb = notebook();
    nb.update({ a: 'const a = await new Promise(() => {})', b: 'a' });
    await nb.event('a', 'running 1');
    nb.update({ a: 'const a = 2', b: 'a' });
    expect(await nb.settle()).toEqual({
      a: ['queued', 'running 1', 'queued', 'running 2', 'done 2'],
      b: ['queued', 'running 1', 'output 1 value 2', 'done 1'],
    });
  });

  it('keeps running when the host fails to take an event', async () => {
    let calls = 0;
    const failing = new NotebookRuntime({
      loadDataset: async () => new Uint8Array(),
      onEvent: () => {
        ++calls;
        throw new Error('host bug');
      },
    });
    const original = console.error;
    console.error = () => {};
    try {
      failing.update([
        { id: 'a', source: 'const a = 1' },
        { id: 'b', source: 'a' },
      ]);
      await failing.idle();
    } finally {
      console.error = original;
    }
    // queued, running and done for a; queued, running, output and done for b.
    expect(calls).toBe(7);
  });

  it('awaits a promise declared by one cell before its readers run', async () => {
    const nb = notebook();
    nb.update({
      data: 'const data = new Promise((resolve) => setTimeout(() => resolve([1, 2, 3]), 5))',
      total: 'data.reduce((a, b) => a + b)',
    });
    expect((await nb.settle()).total).toEqual(ran(1, 'value 6'));
  });

  it('reports a name defined in two cells on both, and on its readers', async () => {
    const nb = notebook();
    nb.update({ one: 'const x = 1', two: 'const x = 2', reader: 'x' });
    expect(await nb.settle()).toEqual({
      one: [
        'queued',
        'running 1',
        'error 1 RuntimeError: x is defined more than once (cells one and two)',
      ],
      two: [
        'queued',
        'running 1',
        'error 1 RuntimeError: x is defined more than once (cells one and two)',
      ],
      reader: [
        'queued',
        'running 1',
        'error 1 RuntimeError: input "x" failed: x is defined more than once (cells one and two)',
      ],
    });
    nb.update({ one: 'const x = 1', reader: 'x' });
    expect(await nb.settle()).toEqual({ one: ran(2), reader: ran(2, 'value 1') });
  });

  it('names cells by their label in messages, when given one', async () => {
    const events: string[] = [];
    const runtime = new NotebookRuntime({
      loadDataset: async () => new Uint8Array(),
      onEvent: (e) => {
        if (e.kind === 'error') events.push(`${e.cellId}: ${e.error.message}`);
      },
    });
    runtime.update([
      { id: 'a', label: '2', source: 'const x = 1' },
      { id: 'b', label: '5', source: 'const x = 2' },
      { id: 'c', label: '7', source: 'const p = q' },
      { id: 'd', label: '8', source: 'const q = p' },
    ]);
    await runtime.idle();
    expect(events.sort()).toEqual([
      'a: x is defined more than once (cells 2 and 5)',
      'b: x is defined more than once (cells 2 and 5)',
      "c: circular definition: cells 7 (p) and 8 (q) read each other's names",
      "d: circular definition: cells 7 (p) and 8 (q) read each other's names",
    ]);
    runtime.dispose();
  });

  it('reports every cell of a cycle', async () => {
    const nb = notebook();
    nb.update({ p: 'const p = q + 1', q: 'const q = p + 1', free: '1 + 1' });
    const message =
      "error 1 RuntimeError: circular definition: cells p (p) and q (q) read each other's names";
    expect(await nb.settle()).toEqual({
      p: ['queued', 'running 1', message],
      q: ['queued', 'running 1', message],
      free: ran(1, 'value 2'),
    });
  });

  it('reports an undefined name as a ReferenceError, at its first use in the cell', async () => {
    const nb = notebook();
    nb.update({ a: 'nope + 1', c: 'const k = 1;\nconst m = k + (  missing * 2);' });
    expect(await nb.settle()).toEqual({
      a: ['queued', 'running 1', 'error 1 ReferenceError: nope is not defined @1:1'],
      c: ['queued', 'running 1', 'error 1 ReferenceError: missing is not defined @2:18'],
    });
    nb.update({ a: 'nope + 1' });
    await nb.settle();
    nb.update({ a: 'nope + 1', b: 'const nope = 41' });
    expect(await nb.settle()).toEqual({ a: ran(2, 'value 42'), b: ran(1) });
  });

  it('resolves globals such as Math and JSON', async () => {
    const nb = notebook();
    nb.update({ a: 'Math.max(1, 2) + JSON.parse("[3]")[0] + Number.parseInt("4")' });
    expect(await nb.settle()).toEqual({ a: ran(1, 'value 9') });
  });

  it('reports a syntax error with its line and column in the cell', async () => {
    const nb = notebook();
    nb.update({ bad: 'const a = 1;\nconst b = ;' });
    expect(await nb.settle()).toEqual({
      bad: ['queued', 'running 1', 'error 1 SyntaxError: Unexpected token @2:11'],
    });
  });

  it('reports import statements it does not support', async () => {
    const nb = notebook();
    nb.update({ imp: 'import * as d3 from "d3"' });
    const [, , error] = (await nb.settle()).imp;
    expect(error).toMatch(/^error 1 SyntaxError: import \* is not supported: name what you take/);
  });

  it('gives the line of a runtime error within the cell', async () => {
    const nb = notebook();
    nb.update({ boom: 'const a = 1;\n\nnull.field;' });
    expect(await nb.settle()).toEqual({
      boom: [
        'queued',
        'running 1',
        "error 1 TypeError: Cannot read properties of null (reading 'field') @3:6",
      ],
    });
  });

  it('says which input failed, and still runs independent cells', async () => {
    const nb = notebook();
    nb.update({
      a: 'const a = 1; throw new Error("boom")',
      b: 'const b = a + 1',
      c: 'b * 2',
      other: '"fine"',
    });
    expect(await nb.settle()).toEqual({
      a: ['queued', 'running 1', 'error 1 Error: boom @1:20'],
      b: ['queued', 'running 1', 'error 1 RuntimeError: input "a" failed: boom'],
      c: ['queued', 'running 1', 'error 1 RuntimeError: input "b" failed: boom'],
      other: ran(1, 'value "fine"'),
    });
  });

  it('reports a thrown non-error value', async () => {
    const nb = notebook();
    nb.update({ a: 'throw "plain"' });
    expect(await nb.settle()).toEqual({ a: ['queued', 'running 1', 'error 1 Error: plain'] });
  });

  it('fails disabled cells as Interrupted without running their code', async () => {
    const nb = notebook();
    Object.assign(globalThis, { gates: { ran: 0 } });
    nb.update({ a: 'gates.ran++; const a = 1', b: 'a' }, { disabled: new Set(['a']) });
    expect(await nb.settle()).toEqual({
      a: [
        'queued',
        'running 1',
        'error 1 Interrupted: This cell was stopped; run it again to restart it.',
      ],
      b: [
        'queued',
        'running 1',
        'error 1 RuntimeError: input "a" failed: This cell was stopped; run it again to restart it.',
      ],
    });
    expect((globalThis as unknown as { gates: { ran: number } }).gates.ran).toBe(0);
    nb.update({ a: 'gates.ran++; const a = 1', b: 'a' });
    expect(await nb.settle()).toEqual({ a: ran(2), b: ran(2, 'value 1') });
  });

  it('deletes removed cells, and their readers fail', async () => {
    const nb = notebook();
    nb.update({ a: 'const a = 1', b: 'a' });
    await nb.settle();
    nb.update({ b: 'a' });
    expect(await nb.settle()).toEqual({
      b: ['queued', 'running 2', 'error 2 ReferenceError: a is not defined @1:1'],
    });
  });

  it('numbers the runs of a deleted cell put back under its id on from its last run', async () => {
    const nb = notebook();
    nb.update({ a: 'const a = 1', b: 'a' });
    await nb.settle();
    nb.update({ b: 'a' });
    await nb.settle();
    // Undo of the delete: the same id again. Its runs must be newer than any seen for that id.
    nb.update({ a: 'const a = 1', b: 'a' });
    expect(await nb.settle()).toEqual({ a: ran(2), b: ran(3, 'value 1') });
  });

  it('idle() resolves at once when nothing runs, and after a long chain otherwise', async () => {
    const nb = notebook();
    await nb.runtime.idle();
    const cells: Record<string, string> = { c0: 'const v0 = await Promise.resolve(0)' };
    for (let i = 1; i < 30; ++i)
      cells[`c${i}`] =
        `const v${i} = await new Promise((r) => setTimeout(() => r(v${i - 1} + 1), 1))`;
    cells.last = 'v29';
    nb.update(cells);
    const outputs = (await nb.settle()).last;
    expect(outputs).toEqual(ran(1, 'value 29'));
  });

  it('dispose() stops reporting and resolves idle()', async () => {
    const nb = notebook();
    nb.update({ a: 'await new Promise(() => {})' });
    const idle = nb.runtime.idle();
    await nb.event('a', 'running 1');
    nb.runtime.dispose();
    await idle;
    expect(nb.take()).toEqual({ a: ['queued', 'running 1'] });
  });
});
