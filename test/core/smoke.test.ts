import { describe, expect, it } from 'vitest';
import { assertNever } from '../../src/core/runtime/outputs.ts';

describe('assertNever', () => {
  it('throws on an unexpected value', () => {
    expect(() => assertNever('x' as never)).toThrow(/Unexpected value/);
  });
});
