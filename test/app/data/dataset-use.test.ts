import { describe, expect, it } from 'vitest';
import { DatasetUse } from '../../../src/app/data/dataset-use.svelte.ts';
import type { DatasetEvent } from '../../../src/core/runtime/events.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const about = (sha256: string) => ({ dataset: 'x', sha256, bytes: 10 });
const start = (sha256 = A): DatasetEvent => ({ kind: 'parse-start', ...about(sha256) });
const end = (sha256 = A): DatasetEvent => ({ kind: 'parse-end', ...about(sha256), rows: 2, ms: 1 });
const failed = (sha256 = A): DatasetEvent => ({
  kind: 'parse-error',
  ...about(sha256),
  error: 'line 5 has 4 fields',
  code: 'csv-more-fields',
  params: { line: 5, fields: 4 },
});

describe('DatasetUse', () => {
  it('use.askable(name, sha256) is false for a dataset no cell read and no one pinned here', () => {
    const use = new DatasetUse();
    expect(use.askable('x', A)).toBe(false);
    use.note(start());
    expect(use.askable('x', A)).toBe(false);
  });

  it('use.askable(name, sha256) is true once a cell read it into a table', () => {
    const use = new DatasetUse();
    use.note(start());
    use.note(end());
    expect(use.askable('x', A)).toBe(true);
    expect(use.of('x', A)?.tables).toBe(1);
    // Other bytes of the same name were not read.
    expect(use.askable('x', B)).toBe(false);
  });

  it('use.pinned(name, sha256) makes it askable until its parse fails, and the failure is kept', () => {
    const use = new DatasetUse();
    use.pinned('x', A);
    expect(use.askable('x', A)).toBe(true);
    use.note(start());
    use.note(failed());
    expect(use.askable('x', A)).toBe(false);
    // Kept with its code, so the panel words it in the reader's language.
    expect(use.of('x', A)?.parseError).toEqual({
      message: 'line 5 has 4 fields',
      code: 'csv-more-fields',
      params: { line: 5, fields: 4 },
    });
    // Failing again changes nothing the panel would ask again for.
    use.note(failed());
    expect(use.askable('x', A)).toBe(false);
    expect(use.of('x', A)?.tables).toBe(0);
  });

  it('a parse that ends well clears the failure (forced types fixed)', () => {
    const use = new DatasetUse();
    use.note(failed());
    use.note(end());
    expect(use.of('x', A)).toEqual({ sha256: A, tables: 1, pinned: false });
  });

  it('use.pinned(name, sha256) forgets the old bytes; an old parse does not touch the new pin', () => {
    const use = new DatasetUse();
    use.note(end(A));
    use.pinned('x', B);
    expect(use.of('x', A)).toBeUndefined();
    use.note(failed(A));
    expect(use.askable('x', B)).toBe(true);
    use.forget('x');
    expect(use.of('x', A)).toBeUndefined();
    expect(use.of('x', B)).toBeUndefined();
  });
});
