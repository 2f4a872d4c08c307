import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/index.ts';

const refs = (source: string) => analyze(source).references;
const decls = (source: string) => analyze(source).declarations;

describe('analyze(source).declarations', () => {
  it('lists top-level const, let, var, function and class names', () => {
    expect(decls('const a = 1, b = 2; let c; var d; function e() {} class F {}')).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'F',
    ]);
  });

  it('lists names bound by destructuring, nested, with rest and defaults', () => {
    expect(
      decls('const {a, b: {c}, d: [e, , ...f] = [], ...g} = x; const [h = 1, [i]] = y'),
    ).toEqual(['a', 'c', 'e', 'f', 'g', 'h', 'i']);
  });

  it('ignores names declared inside blocks and functions', () => {
    expect(
      decls('{ const a = 1; var b = 2 } if (x) { let c } function f() { const d = 1 }'),
    ).toEqual(['f']);
  });

  it('is empty for an expression cell', () => {
    expect(analyze('x + 1')).toEqual({
      declarations: [],
      references: ['x'],
      expression: true,
      hasAwait: false,
    });
  });
});

describe('analyze(source).references', () => {
  it('lists free names read or assigned', () => {
    expect(refs('const a = b + c; d = a; e++')).toEqual(['b', 'c', 'd', 'e']);
  });

  it('excludes function parameters, block scopes and catch parameters', () => {
    expect(refs('function f(p, {q}, [r] = s) { return p + q + r + t }')).toEqual(['s', 't']);
    expect(refs('{ const a = 1; a } a')).toEqual(['a']);
    expect(refs('try { x } catch (err) { err } finally { err }')).toEqual(['x', 'err']);
    expect(
      refs('for (let i = 0; i < n; i++) {} for (const k in o) k; for (const v of w) v; i'),
    ).toEqual(['n', 'o', 'w', 'i']);
    expect(refs('switch (x) { case 1: let y = 2; y; break; default: z }')).toEqual(['x', 'z']);
  });

  it('handles shadowing', () => {
    expect(refs('const x = 1; function f(x) { return x } ((y) => y + z)(x)')).toEqual(['z']);
    expect(refs('function f() { let a = 1; { let a = 2; b } return a }')).toEqual(['b']);
  });

  it('lets closures read declarations that come later in the cell', () => {
    expect(
      refs('function f() { return later + g() } const later = 1; function g() { return 2 }'),
    ).toEqual([]);
  });

  it('excludes member properties and object keys, but not shorthand or computed ones', () => {
    expect(refs('a.b.c; ({key: v, short, [k]: 1, m() { return this.p }})')).toEqual([
      'a',
      'v',
      'short',
      'k',
    ]);
  });

  it('includes typeof operands and default parameter values', () => {
    expect(refs('typeof maybe; function f(a = dflt) {}')).toEqual(['maybe', 'dflt']);
  });

  it('excludes class names, methods and fields, and includes superclasses', () => {
    expect(
      refs(
        'class A extends B { static s = A; #p = q; get g() { return A } [key]() {} static { const t = 1; t } }',
      ),
    ).toEqual(['B', 'q', 'key']);
    expect(refs('const C = class Inner { m() { return Inner } }; Inner')).toEqual(['Inner']);
  });

  it('excludes labels', () => {
    expect(
      refs('outer: for (const x of xs) { inner: while (x) { continue outer; break inner } }'),
    ).toEqual(['xs']);
  });

  it('treats this and arguments per function, and top-level arguments as free', () => {
    expect(refs('function f() { return this.x + arguments[0] }')).toEqual([]);
    expect(refs('const g = () => arguments; this')).toEqual(['arguments']);
  });

  it('includes globals such as Math and console', () => {
    expect(refs('console.log(Math.PI, JSON.stringify([]))')).toEqual(['console', 'Math', 'JSON']);
  });

  it('includes names assigned through destructuring assignments, in source order', () => {
    expect(refs('({a, b: [c]} = obj); [d.e] = f')).toEqual(['a', 'c', 'obj', 'd', 'f']);
  });
});

describe('analyze(source).expression', () => {
  it('parses as an expression first, as Observable Framework does', () => {
    expect(analyze('{a: 1}').expression).toBe(true);
    expect(analyze('(1 + 2)').expression).toBe(true);
    expect(analyze('x // comment').expression).toBe(true);
    expect(analyze('x => x').expression).toBe(true);
  });

  it('treats statements, semicolons, and named functions and classes as programs', () => {
    expect(analyze('x;').expression).toBe(false);
    expect(analyze('a; b').expression).toBe(false);
    expect(analyze('const a = 1').expression).toBe(false);
    expect(analyze('function f() {}').expression).toBe(false);
    expect(analyze('class A {}').expression).toBe(false);
    expect(analyze('').expression).toBe(false);
  });
});

describe('analyze(source).hasAwait', () => {
  it('is true for top-level await and for await, not for awaits in async functions', () => {
    expect(analyze('await x').hasAwait).toBe(true);
    expect(analyze('for await (const c of s) {}').hasAwait).toBe(true);
    expect(analyze('const f = async () => await x').hasAwait).toBe(false);
  });
});

describe('analyze(source).error', () => {
  it('locates a syntax error within the cell (1-based)', () => {
    expect(analyze('const a = 1;\n  const b = ;').error).toEqual({
      name: 'SyntaxError',
      message: 'Unexpected token',
      line: 2,
      column: 13,
    });
    expect(analyze('let = 1').error).toMatchObject({
      message: "The keyword 'let' is reserved",
      line: 1,
      column: 1,
    });
  });

  it('rejects a cell mixing import with code, and export with a hint about builtins', () => {
    const { error } = analyze('const a = 1;\nimport x from "y"');
    expect(error).toMatchObject({ name: 'SyntaxError', line: 2, column: 1 });
    expect(error?.message).toMatch(/^An import cell defines nothing else/);
    expect(analyze('export const a = 1').error?.message).toMatch(/^export is not supported/);
  });

  it('never throws, whatever the source', () => {
    fc.assert(
      fc.property(fc.string(), (source) => {
        const result = analyze(source);
        return result.error !== undefined || Array.isArray(result.references);
      }),
    );
  });

  it('never lists a declared name as a reference', () => {
    const name = fc.constantFrom('a', 'b', 'c', 'd');
    const cell = fc
      .tuple(name, name, name)
      .map(([x, y, z]) => `const ${x} = ${y} + ${z}; function f() { return ${z} }`);
    fc.assert(
      fc.property(cell, (source) => {
        const { declarations, references } = analyze(source);
        return references.every((r) => !declarations.includes(r));
      }),
    );
  });
});
