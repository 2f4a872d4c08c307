import { describe, expect, it } from 'vitest';
import { SessionImports, type ImportDeps } from '../../../src/app/imports/session-imports.ts';
import type { FrontMatter } from '../../../src/core/format/types.ts';
import type { ImportEntry, ImportSpec } from '../../../src/core/imports/types.ts';

const SHA = 'a'.repeat(64);
const front = (imports?: Record<string, ImportSpec>): FrontMatter => ({
  algobook: 1,
  id: 'n',
  title: 'N',
  ...(imports && { imports }),
});

/** Deps whose resolver records each call and fails every import with "unreachable". */
function fakes(resolve?: ImportDeps['resolve']) {
  const calls: { front: FrontMatter; baseUrl: string; signal?: AbortSignal }[] = [];
  const deps: ImportDeps = {
    resolve:
      resolve ??
      ((f, baseUrl, _load, options) => {
        calls.push({ front: f, baseUrl, signal: options?.signal });
        const entries: Record<string, ImportEntry> = {};
        for (const [name, spec] of Object.entries(f.imports ?? {}))
          entries[name] = { name, spec, error: { name: 'Error', message: 'unreachable' } };
        return Promise.resolve(entries);
      }),
    toModule: (entry) => ({
      sha256: entry.spec.sha256,
      label: entry.name,
      error: 'error' in entry ? entry.error : { name: 'Error', message: 'resolved' },
    }),
    load: () => Promise.reject(new Error('no network in this test')),
  };
  return { deps, calls };
}

describe('SessionImports', () => {
  it('settles at once with nothing for a notebook without imports, resolving nothing', async () => {
    const { deps, calls } = fakes();
    const imports = new SessionImports('https://a.example/n.algo.md', deps);
    expect(imports.settled(front())).toEqual({ entries: {}, modules: {} });
    expect(await imports.resolved(front({}))).toEqual({ entries: {}, modules: {} });
    expect(calls).toEqual([]);
  });

  it('resolves against the notebook’s URL, once for the same entries', async () => {
    const { deps, calls } = fakes();
    const imports = new SessionImports('https://a.example/n.algo.md', deps);
    const f = front({ lib: { url: 'lib.algo.md', sha256: SHA } });
    expect(imports.settled(f)).toBeNull();
    const first = await imports.resolved(f);
    expect(Object.keys(first.modules)).toEqual(['lib']);
    expect(first.modules.lib).toMatchObject({ sha256: SHA, label: 'lib' });
    expect(imports.settled(structuredClone(f))).toBe(first);
    expect(await imports.resolved(structuredClone(f))).toBe(first);
    expect(calls.map((c) => c.baseUrl)).toEqual(['https://a.example/n.algo.md']);
  });

  it('resolves again when the entries change, aborting the resolution they overtook', async () => {
    const { deps, calls } = fakes();
    const imports = new SessionImports('', deps);
    void imports.resolved(front({ lib: { url: 'a.algo.md', sha256: SHA } }));
    const second = await imports.resolved(front({ lib: { url: 'b.algo.md', sha256: SHA } }));
    expect(calls).toHaveLength(2);
    expect(calls[0].signal?.aborted).toBe(true);
    expect(calls[1].signal?.aborted).toBe(false);
    expect(second.entries.lib.spec.url).toBe('b.algo.md');
  });

  it('fails every import with the resolver’s error should it fail as a whole', async () => {
    const { deps } = fakes(() => Promise.reject(new Error('resolver broke')));
    const imports = new SessionImports('', deps);
    const spec = { url: 'a.algo.md', sha256: SHA };
    const { entries } = await imports.resolved(front({ a: spec, b: spec }));
    expect(entries).toEqual({
      a: { name: 'a', spec, error: { name: 'Error', message: 'resolver broke' } },
      b: { name: 'b', spec, error: { name: 'Error', message: 'resolver broke' } },
    });
  });
});
