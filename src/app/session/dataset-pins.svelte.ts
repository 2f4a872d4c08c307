import type { ColumnType, DatasetSpec, Notebook } from '../../core/format/types.ts';
import { serialize } from '../../core/format/index.ts';
import type { CsvDialect } from '../../core/data/csv/types.ts';
import type { DatasetLoader } from '../data/dataset-loader.svelte.ts';
import { idbCache } from '../data/bytes-cache.ts';
import { database } from '../shell/database.ts';

/** What the pins change: the session's notebook and datasets, and how the change is announced. */
export interface PinHost {
  notebook(): Notebook;
  readonly data: DatasetLoader;
  /** The front matter changed: the draft is changed and the cells re-run. */
  changed(): Promise<void>;
}

/**
 * The notebook's pinned datasets as the person edits them: pin, remove, force a column's type,
 * re-pin to the bytes the source serves now.
 */
export class DatasetPins {
  constructor(private readonly host: PinHost) {}

  /** The datasets pinned in the front matter, by name. */
  get all(): Record<string, DatasetSpec> {
    return this.host.notebook().front.datasets ?? {};
  }

  /** Pins `spec` as dataset `name` (new or replacing). */
  pin(name: string, spec: DatasetSpec): Promise<void> {
    this.host.notebook().front.datasets = { ...this.all, [name]: spec };
    this.host.data.pinned(name, spec.sha256);
    return this.host.changed();
  }

  /** Removes dataset `name` from the front matter; cells reading it fail, saying so. */
  remove(name: string): Promise<void> {
    const { [name]: _removed, ...rest } = this.all;
    this.host.notebook().front.datasets = Object.keys(rest).length ? rest : undefined;
    this.host.data.forget(name);
    return this.host.changed();
  }

  /** Forces (or with `null`, stops forcing) the type of a column, kept in `columns:`. */
  setColumnType(name: string, column: string, type: ColumnType | null): Promise<void> {
    const spec = this.all[name];
    if (!spec) return Promise.resolve();
    const { [column]: _old, ...others } = spec.columns ?? {};
    const columns = type ? { ...others, [column]: type } : others;
    const { columns: _columns, ...rest } = spec;
    return this.pin(name, Object.keys(columns).length ? { ...rest, columns } : rest);
  }

  /** Pins how the csv/tsv dataset `name` is written (`csv:`): the table is read again. */
  setDialect(name: string, csv: Partial<CsvDialect>): Promise<void> {
    const spec = this.all[name];
    if (!spec) return Promise.resolve();
    return this.pin(name, { ...spec, csv });
  }

  /**
   * The spec of `name` pinned to the bytes its source serves now (found by a load or a check),
   * after keeping those bytes in the cache; `null` when no new bytes were found.
   */
  async repinnedSpec(name: string): Promise<DatasetSpec | null> {
    const spec = this.all[name];
    const found = spec && (await this.host.data.newBytes(name));
    if (!spec || !found) return null;
    await idbCache(database).put(found.sha256, found.bytes, found.url, 'web');
    const next: DatasetSpec = {
      ...$state.snapshot(spec),
      sha256: found.sha256,
      bytes: found.bytes.byteLength,
      retrieved: found.retrieved,
    };
    if (found.lastModified) next.modified = found.lastModified;
    return next;
  }

  /** Re-pins `name` to the new bytes of its source (editor). Returns the old and new hashes. */
  async repin(name: string): Promise<{ old: string; new: string } | null> {
    const old = this.all[name]?.sha256;
    const next = await this.repinnedSpec(name);
    if (!old || !next) return null;
    await this.pin(name, next);
    return { old, new: next.sha256 };
  }

  /** The notebook's text with `name` re-pinned (the reader offers it as a copy to edit). */
  async repinnedText(name: string): Promise<string | null> {
    const next = await this.repinnedSpec(name);
    if (!next) return null;
    const notebook = $state.snapshot(this.host.notebook()) as Notebook;
    notebook.front.datasets = { ...notebook.front.datasets, [name]: next };
    return serialize(notebook);
  }
}
