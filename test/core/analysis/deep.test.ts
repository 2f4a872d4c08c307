import type { Expression, Pattern } from 'acorn';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/index.ts';
import { patternNames } from '../../../src/core/analysis/bindings.ts';
import { hasTopLevelAwait } from '../../../src/core/analysis/has-await.ts';
import { freeReferences } from '../../../src/core/analysis/references.ts';

const terms = (n: number) => Array.from({ length: n }, (_, i) => `a${i % 10}`).join(' + ');
const names = Array.from({ length: 10 }, (_, i) => `a${i}`);

/** `a0 + a1 + … ` as acorn would build it (left-nested), without acorn's own depth limit. */
function deepSum(n: number): Expression {
  const at = { start: 0, end: 0 };
  let node: Expression = { type: 'Identifier', name: 'a0', ...at };
  for (let i = 1; i < n; i++) {
    const right: Expression = { type: 'Identifier', name: `a${i % 10}`, ...at };
    node = { type: 'BinaryExpression', operator: '+', left: node, right, ...at };
  }
  return node;
}

describe('analyze(source) of deeply nested cells', () => {
  it('reads 10,000 chained calls (3,200 used to overflow the stack)', () => {
    const analysis = analyze(`x${'.f()'.repeat(10_000)}`);
    expect(analysis.error).toBeUndefined();
    expect(analysis.references).toEqual(['x']);
  });

  it('reads 3,000 + terms', () => {
    expect(analyze(terms(3_000)).references).toEqual(names);
  });

  it('gives a clear error, with a stable code, for 10,000 + terms that acorn cannot parse', () => {
    const analysis = analyze(terms(10_000));
    expect(analysis.error).toMatchObject({
      name: 'SyntaxError',
      code: 'too-deep',
      message: expect.stringMatching(/^This cell is nested too deeply to analyse/),
    });
    expect(analysis.references).toEqual([]);
  });

  it('gives the same error for 10,000 nested brackets', () => {
    expect(analyze(`${'['.repeat(10_000)}${']'.repeat(10_000)}`).error?.code).toBe('too-deep');
    expect(analyze(`const x = ${'('.repeat(10_000)}1${')'.repeat(10_000)};`).error?.code).toBe(
      'too-deep',
    );
  });
});

describe('the walks keep their own stack', () => {
  it('freeReferences(tree) walks 100,000 nested nodes', () => {
    expect(freeReferences(deepSum(100_000))).toEqual(names);
  });

  it('hasTopLevelAwait(tree) walks 100,000 nested nodes', () => {
    expect(hasTopLevelAwait(deepSum(100_000))).toBe(false);
  });

  it('patternNames(pattern) walks 100,000 nested array patterns', () => {
    const at = { start: 0, end: 0 };
    let pattern: Pattern = { type: 'Identifier', name: 'deepest', ...at };
    for (let i = 0; i < 100_000; i++)
      pattern = { type: 'ArrayPattern', elements: [pattern], ...at };
    expect(patternNames(pattern)).toEqual(['deepest']);
  });
});
