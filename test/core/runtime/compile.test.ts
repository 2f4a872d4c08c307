import { describe, expect, it } from 'vitest';
import { compileCell, locateInCell } from '../../../src/core/runtime/compile.ts';

describe('compileCell', () => {
  it('returns the declarations of a program cell', async () => {
    const f = compileCell(
      'c',
      'const a = x + 1;\nfunction f() { return a }',
      { expression: false, declarations: ['a', 'f'] },
      ['x'],
    );
    const result = (await f(1)) as { a: number; f: () => number };
    expect([result.a, result.f()]).toEqual([2, 2]);
  });

  it('returns the value of an expression cell, even with a trailing comment', async () => {
    const f = compileCell('c', '{a: await x} // note', { expression: true, declarations: [] }, [
      'x',
    ]);
    expect(await f(Promise.resolve(3))).toEqual({ a: 3 });
  });

  it('runs in strict mode with the global scope', async () => {
    const f = compileCell(
      'c',
      'this === undefined && typeof Math.max',
      { expression: true, declarations: [] },
      [],
    );
    expect(await f()).toBe('function');
  });
});

describe('locateInCell(error, cellId)', () => {
  it('gives the line and column within the cell of an error thrown by its code', async () => {
    const f = compileCell(
      'my cell',
      'const a = 1;\n\n  null.x;',
      { expression: false, declarations: ['a'] },
      [],
    );
    const error = await f().catch((e: unknown) => e);
    expect(locateInCell(error, 'my cell')).toEqual({ line: 3, column: 8 });
    expect(locateInCell(error, 'other')).toBeUndefined();
    expect(locateInCell('not an error', 'my cell')).toBeUndefined();
  });
});
