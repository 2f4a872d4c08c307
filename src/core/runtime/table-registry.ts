import * as aq from 'arquero';
import type { Table } from 'arquero';
import type { DataType } from '@uwdata/flechette';
import { tableToIPC } from '@uwdata/flechette';
import { inferColumnTypes, typeName } from './arrow-columns.ts';
import type { TableOutput } from './outputs.ts';

/** Rows sent with a table output; the page asks for other windows with `getRows`. */
export const FIRST_ROWS = 100;

interface Entry {
  cellId: string;
  table: Table;
  types: Record<string, DataType>;
}

/**
 * Tables displayed by cells, kept so the page can page through them without receiving them
 * whole. A cell's tables are released when it runs again or is deleted.
 */
export class TableRegistry {
  #entries = new Map<string, Entry>();
  #next = 0;

  /** Keeps a table for `cellId` and describes it as a `table` output with its first rows. */
  add(cellId: string, table: Table): TableOutput {
    const id = `${cellId}/table-${++this.#next}`;
    const types = inferColumnTypes(table);
    this.#entries.set(id, { cellId, table, types });
    const first = aq.toArrow(table, { limit: FIRST_ROWS, types });
    return {
      kind: 'table',
      id,
      columns: first.schema.fields.map((field) => ({
        name: field.name,
        type: typeName(field.type),
      })),
      numRows: table.numRows(),
      ipc: tableToIPC(first, { format: 'stream' }) ?? new Uint8Array(),
    };
  }

  /** Rows `[offset, offset + limit)` as Arrow IPC stream bytes, typed like the first window. */
  rows(id: string, offset: number, limit: number): Uint8Array {
    const { table, types } = this.#get(id);
    const window = { offset: whole(offset), limit: whole(limit), types };
    return tableToIPC(aq.toArrow(table, window), { format: 'stream' }) ?? new Uint8Array();
  }

  /** The same window as row objects. */
  objects(id: string, offset: number, limit: number): Record<string, unknown>[] {
    const rows = this.#get(id).table.objects({ offset: whole(offset), limit: whole(limit) });
    return rows.map((row) => ({ ...row }));
  }

  /** Forgets the tables a cell displayed. */
  release(cellId: string): void {
    for (const [id, entry] of this.#entries) if (entry.cellId === cellId) this.#entries.delete(id);
  }

  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }

  #get(id: string): Entry {
    const entry = this.#entries.get(id);
    if (!entry)
      throw new Error(
        `Unknown table "${id}": it was released when its cell ran again or was deleted.`,
      );
    return entry;
  }
}

function whole(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}
