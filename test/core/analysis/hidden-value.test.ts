import { describe, expect, it } from 'vitest';
import { hiddenLastExpression } from '../../../src/core/analysis/index.ts';

describe('hiddenLastExpression(source)', () => {
  it('gives the line of a last expression a cell of several statements does not display', () => {
    expect(hiddenLastExpression('const n = 3;\nmd`n is ${n}`')).toEqual({ line: 2 });
    expect(hiddenLastExpression('const n = 3;\nn * 2;')).toEqual({ line: 2 });
    expect(
      hiddenLastExpression('const t = await dataset("x");\n\nt.filter((d) => d.a > 1)'),
    ).toEqual({ line: 3 });
    expect(hiddenLastExpression('const s = {};\nchart(s)')).toEqual({ line: 2 });
    expect(hiddenLastExpression('const x = 1;\naq.table({ x: [x] }).derive({ y: 1 })')).toEqual({
      line: 2,
    });
    expect(hiddenLastExpression('const o = {};\no?.a')).toEqual({ line: 2 });
    // A single expression with a semicolon is a program too: its value is not shown.
    expect(hiddenLastExpression('1 + 2;')).toEqual({ line: 1 });
  });

  it('is null for a single expression, declarations, effects and cells that do not parse', () => {
    expect(hiddenLastExpression('md`hello`')).toBeNull();
    expect(hiddenLastExpression('const n = 3;')).toBeNull();
    expect(hiddenLastExpression('const n = 3;\ndisplay(n)')).toBeNull();
    expect(hiddenLastExpression('const list = [];\nlist.push(1);')).toBeNull();
    expect(hiddenLastExpression('let n = 0;\nn += 1;\nn++')).toBeNull();
    expect(hiddenLastExpression('const o = {};\ndelete o.a;\nvoid 0')).toBeNull();
    expect(hiddenLastExpression('const r = 1;\nawait fetchIt()')).toBeNull();
    expect(hiddenLastExpression('const r = 1;\nconsole.table([r])')).toBeNull();
    expect(hiddenLastExpression('const m = new Map();\nm.set("a", 1)')).toBeNull();
    expect(hiddenLastExpression('"use strict"')).toBeNull();
    expect(hiddenLastExpression('function f() {}')).toBeNull();
    expect(hiddenLastExpression('const = ;')).toBeNull();
    expect(hiddenLastExpression('')).toBeNull();
  });
});
