import { describe, expect, it } from 'vitest';
import { brief, notebook } from './notebook.ts';

const sum = (terms: number) => Array.from({ length: terms }, () => '1').join(' + ');
const chain = (calls: number) => `"x"${'.trim()'.repeat(calls)}`;

describe('NotebookRuntime with deeply nested cells', () => {
  it('fails a cell too deep to analyse on its own; the other cells run', async () => {
    const nb = notebook();
    nb.update({ deep: sum(10_000), a: 'const a = 20', b: 'a + 1' });
    await nb.runtime.idle();
    const outputs = nb.outputs();
    expect(outputs.deep).toMatchObject([
      {
        kind: 'error',
        code: 'too-deep',
        message: expect.stringMatching(/^This cell is nested too deeply to analyse/),
      },
    ]);
    expect(outputs.b.map(brief)).toEqual(['value 21']);
  });

  it('runs 3,000 terms and 3,200 chained calls, which used to stop every cell', async () => {
    const nb = notebook();
    nb.update({ terms: sum(3_000), calls: chain(3_200), b: '1 + 1' });
    await nb.runtime.idle();
    const outputs = nb.outputs();
    expect(outputs.terms.map(brief)).toEqual(['value 3000']);
    expect(outputs.calls.map(brief)).toEqual(['value "x"']);
    expect(outputs.b.map(brief)).toEqual(['value 2']);
  });

  it('fails a cell too deep for the engine to compile on its own', async () => {
    const nb = notebook();
    // acorn reads chained calls in a loop; V8's compiler recurses on them and gives up.
    nb.update({ calls: chain(10_000), b: '1 + 1' });
    await nb.runtime.idle();
    const outputs = nb.outputs();
    expect(outputs.calls).toMatchObject([
      { kind: 'error', name: 'RangeError', code: 'too-deep-to-compile' },
    ]);
    expect(outputs.b.map(brief)).toEqual(['value 2']);
  });
});
