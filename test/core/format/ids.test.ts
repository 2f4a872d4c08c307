import { describe, expect, it } from 'vitest';
import { newCellId } from '../../../src/core/format/ids.ts';

describe('newCellId()', () => {
  it('newCellId() gives a different id each time, letters and digits only', () => {
    const ids = Array.from({ length: 1000 }, newCellId);
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^c[a-z0-9]+$/);
  });
});
