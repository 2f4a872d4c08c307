import { describe, expect, it } from 'vitest';
import { DatasetUse } from '../../../src/app/data/dataset-use.svelte.ts';
import type { DatasetEvent } from '../../../src/core/runtime/events.ts';

const A = 'a'.repeat(64);
const about = { dataset: 'x', sha256: A, bytes: 1000 };
const cancelled: DatasetEvent = {
  kind: 'parse-error',
  ...about,
  error: 'Reading “x” was cancelled.',
  code: 'parse-cancelled',
  params: { dataset: 'x' },
};

describe('DatasetUse.retry(name, sha256)', () => {
  it('after a cancelled parse, lets the panel ask again, and forgets the failure', () => {
    const use = new DatasetUse();
    use.note({ kind: 'parse-start', ...about });
    use.note({ kind: 'parse-progress', ...about, done: 400 });
    use.note(cancelled);
    expect(use.askable('x', A)).toBe(false);
    expect(use.of('x', A)?.parseError?.code).toBe('parse-cancelled');
    use.retry('x', A);
    expect(use.askable('x', A)).toBe(true);
    expect(use.of('x', A)?.parseError).toBeUndefined();
  });

  it('does nothing for bytes it knows nothing of', () => {
    const use = new DatasetUse();
    use.retry('x', A);
    expect(use.of('x', A)).toBeUndefined();
  });
});
