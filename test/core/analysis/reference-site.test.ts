import { describe, expect, it } from 'vitest';
import { referenceSite } from '../../../src/core/analysis/index.ts';

describe('referenceSite(source, name)', () => {
  it('gives the line and column where a cell first reads a free name', () => {
    expect(referenceSite('x + 1', 'x')).toEqual({ line: 1, column: 1 });
    expect(referenceSite('const a = 1;\nconst b = a + (  y * 2);\ny', 'y')).toEqual({
      line: 2,
      column: 18,
    });
    // Read inside a function and a template, after a local of the same name elsewhere.
    expect(referenceSite('function f(z) { return z; }\nmd`${f(1)} ${z}`', 'z')).toEqual({
      line: 2,
      column: 14,
    });
  });

  it('is undefined for a name the cell declares or never reads, and for a cell that does not parse', () => {
    expect(referenceSite('const x = 1; x', 'x')).toBeUndefined();
    expect(referenceSite('a.x + 1', 'x')).toBeUndefined();
    expect(referenceSite('const = ;', 'x')).toBeUndefined();
  });
});
