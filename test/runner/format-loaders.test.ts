import { describe, expect, it } from 'vitest';
import type { FormatModules } from '../../src/core/data/format-modules.ts';
import { FORMAT_MODULE_HOOK, scriptLoaders } from '../../src/runner/format-loaders.ts';

type Hook = (name: string, module: unknown) => void;

/** A worker scope whose importScripts runs `scripts[url]`, recording the URLs imported. */
function workerScope(scripts: Record<string, (hook: Hook) => void>) {
  const imported: string[] = [];
  const scope = {
    algobookRunnerUrl: 'https://sandbox.example/app/runner/runner.js',
    importScripts(url: string) {
      imported.push(url);
      const script = scripts[url];
      if (!script) throw new Error(`NetworkError: ${url}`);
      script(Reflect.get(scope, FORMAT_MODULE_HOOK) as Hook);
    },
  };
  return {
    scope: scope as unknown as WorkerGlobalScope,
    imported,
    hook: () => Reflect.get(scope, FORMAT_MODULE_HOOK) as Hook,
  };
}

const real: FormatModules['xlsx'] = { readWorkbook: () => ({ names: [], columns: {} }) };
const fake: FormatModules['xlsx'] = { readWorkbook: () => ({ names: ['fake'], columns: {} }) };
const XLSX = 'https://sandbox.example/app/runner/xlsx.js';

describe('scriptLoaders(scope)', () => {
  it('loaders.xlsx() imports xlsx.js from beside the runner and gives the module it hands over', async () => {
    const { scope, imported } = workerScope({ [XLSX]: (hook) => hook('xlsx', real) });
    const loaders = scriptLoaders(scope);
    expect(imported).toEqual([]);
    expect(await loaders.xlsx()).toBe(real);
    expect(imported).toEqual([XLSX]);
  });

  it('ignores a module handed over outside the runner’s own import, or under another name', async () => {
    const { scope, hook } = workerScope({
      [XLSX]: (h) => {
        h('xlsx', real);
        h('parquet', fake);
      },
    });
    const loaders = scriptLoaders(scope);
    hook()('xlsx', fake);
    expect(await loaders.xlsx()).toBe(real);
  });

  it('keeps the module the script hands over last, after a cell’s during the import', async () => {
    const { scope } = workerScope({
      [XLSX]: (hook) => {
        hook('xlsx', fake); // a getter of a cell, run as the library starts
        hook('xlsx', real); // the script's last statement
      },
    });
    expect(await scriptLoaders(scope).xlsx()).toBe(real);
  });

  it('rejects when the script cannot be imported or hands nothing over, and can try again', async () => {
    const scripts: Record<string, (hook: Hook) => void> = {};
    const { scope } = workerScope(scripts);
    const loaders = scriptLoaders(scope);
    await expect(loaders.xlsx()).rejects.toThrow(`NetworkError: ${XLSX}`);
    scripts[XLSX] = () => {};
    await expect(loaders.xlsx()).rejects.toThrow('xlsx.js did not hand over its parser');
    scripts[XLSX] = (hook) => hook('xlsx', real);
    expect(await loaders.xlsx()).toBe(real);
  });

  it('defines the hook so that no cell can replace it', () => {
    const { scope } = workerScope({});
    scriptLoaders(scope);
    expect(Object.getOwnPropertyDescriptor(scope, FORMAT_MODULE_HOOK)).toMatchObject({
      writable: false,
      configurable: false,
    });
  });

  it('loaders.csv() imports csv.js from beside the runner, apart from the other parsers', async () => {
    const csv: FormatModules['csv'] = { readDelimited: () => Promise.reject(new Error('unused')) };
    const CSV = 'https://sandbox.example/app/runner/csv.js';
    const { scope, imported } = workerScope({ [CSV]: (hook) => hook('csv', csv) });
    const loaders = scriptLoaders(scope);
    expect(await loaders.csv()).toBe(csv);
    expect(imported).toEqual([CSV]);
  });
});
