import type { DatasetParseCode, ErrorParams } from '../errors/index.ts';
import type { DelimitedColumns, DelimitedOptions } from './parse-delimited.ts';

/**
 * The parsers of the heavy binary formats (Parquet, Excel), and of CSV/TSV (which many notebooks,
 * and the first output of most, do without), live in modules of their own, loaded the first time
 * a notebook reads such a dataset: the browser's runner fetches them as separate classic scripts
 * (`public/runner/parquet.js`, `xlsx.js`, `csv.js`), Node imports them. The core does not
 * know how: its host fills this registry once (`useFormatModules`), the runner with an
 * `importScripts` loader (src/runner/format-loaders.ts), the command line and the unit tests
 * with `import()` (`format-modules-import.ts`).
 */

/** A table as named columns, which the core turns into an Arquero table. */
export interface ColumnData {
  names: string[];
  /** A record without prototype, so that a column named `__proto__` stays a column. */
  columns: Record<string, unknown[]>;
}

/**
 * Makes the error of a problem of the catalogue, naming the dataset and its format (and the line
 * of a delimited file where it goes wrong).
 */
export type ParseFail = (code: DatasetParseCode, params?: ErrorParams, line?: number) => Error;

/** How a spreadsheet is read: which sheet, and the limits that stop a zip bomb. */
export interface WorkbookOptions {
  /** The sheet's name; the first sheet when not given. */
  sheet?: string;
  /** At most this many bytes once unzipped (xlsx), all parts together. */
  maxUnpackedBytes?: number;
  /** At most this many cells (rows × columns) in the table read. */
  maxCells?: number;
}

/** What each lazily loaded module gives. */
export interface FormatModules {
  parquet: { readParquet(bytes: Uint8Array, fail: ParseFail): Promise<ColumnData> };
  xlsx: { readWorkbook(bytes: Uint8Array, options: WorkbookOptions, fail: ParseFail): ColumnData };
  csv: {
    readDelimited(
      bytes: Uint8Array,
      format: 'csv' | 'tsv',
      options: DelimitedOptions,
      fail: ParseFail,
    ): Promise<DelimitedColumns>;
  };
}

export type FormatModuleName = keyof FormatModules;

/** How the host loads each module. */
export type FormatModuleLoaders = {
  [K in FormatModuleName]: () => Promise<FormatModules[K]>;
};

let loaders: FormatModuleLoaders | null = null;
const loaded = new Map<FormatModuleName, Promise<unknown>>();

/** Sets how the modules are loaded (once, by the host, before any dataset is read). */
export function useFormatModules(host: FormatModuleLoaders): void {
  loaders = host;
  loaded.clear();
}

/** The module `name`, loaded on first use; a failed load is tried again next time. */
export function formatModule<K extends FormatModuleName>(name: K): Promise<FormatModules[K]> {
  let module = loaded.get(name) as Promise<FormatModules[K]> | undefined;
  if (!module) {
    const host = loaders;
    module = host
      ? new Promise<FormatModules[K]>((resolve) => resolve(host[name]()))
      : Promise.reject(new Error(`algobook: no loader for the ${name} parser (useFormatModules)`));
    loaded.set(name, module);
    module.catch(() => loaded.delete(name));
  }
  return module;
}
