import { readFileSync } from 'node:fs';
import { Runtime } from '@observablehq/runtime';
import { describe, expect, it } from 'vitest';
import { createDataflow } from '../../../src/core/runtime/dataflow.ts';

/**
 * `dataflow.ts` shadows `_computeSoon` and reads `_precomputes`, internals of
 * @observablehq/runtime that its public API has no equivalent for (the Runtime takes no
 * scheduler). That is safe only for the version those internals were read in, so the version is
 * pinned exactly and these tests fail, before anything subtler does, as soon as an upgrade moves
 * them: read runtime.js again then, and adapt `dataflow.ts`.
 */
const PINNED = '6.0.1';

const json = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

describe('the @observablehq/runtime internals dataflow.ts relies on', () => {
  it('come from the exact version they were read in, pinned in package.json', () => {
    const ours = json('../../../package.json');
    expect(Reflect.get(Object(ours.dependencies), '@observablehq/runtime')).toBe(PINNED);
    const installed = json('../../../node_modules/@observablehq/runtime/package.json');
    expect(installed.version).toBe(PINNED);
  });

  it('Runtime.prototype._computeSoon and _computeNow are writable methods', () => {
    for (const name of ['_computeSoon', '_computeNow']) {
      const descriptor = Object.getOwnPropertyDescriptor(Runtime.prototype, name);
      expect(descriptor).toMatchObject({ writable: true, configurable: true });
      expect(typeof descriptor?.value).toBe('function');
    }
  });

  it('a new Runtime has an empty _precomputes list and is not _disposed', () => {
    const runtime = new Runtime();
    expect(runtime._precomputes).toEqual([]);
    expect(runtime._disposed).toBe(false);
    runtime.dispose();
    expect(runtime._disposed).toBe(true);
  });

  it('every computation goes through the instance _computeSoon, once per synchronous wave', async () => {
    let scheduled = 0;
    let computed = 0;
    const runtime = createDataflow({ scheduled: () => ++scheduled, computed: () => ++computed });
    const module = runtime.module();
    const values: unknown[] = [];
    module.variable({ fulfilled: (value) => values.push(value) }).define('b', ['a'], (a) => a + 1);
    module.variable(true).define('a', [], () => 1);
    expect(scheduled).toBe(1);
    await expect.poll(() => values).toEqual([2]);
    expect(computed).toBe(1);
    runtime.dispose();
  });

  it('a generator’s next values are pulled through _precomputes', async () => {
    const pending: number[] = [];
    const runtime = createDataflow({
      scheduled: () => pending.push(runtime._precomputes.length),
      computed: () => undefined,
    });
    const values: unknown[] = [];
    runtime
      .module()
      .variable({ fulfilled: (value) => values.push(value) })
      .define('g', [], function* () {
        yield 1;
        yield 2;
      });
    await expect.poll(() => values).toEqual([1, 2]);
    // The first wave defines the variable; the later ones pull the generator.
    expect(pending[0]).toBe(0);
    expect(pending.slice(1).some((length) => length > 0)).toBe(true);
    runtime.dispose();
  });
});
