import type { CellResult } from '../../core/format/types.ts';
import { digestOutputs } from '../../core/runtime/digests.ts';
import type { Output, TableOutput } from '../../core/runtime/outputs.ts';
import { tableFromIPC } from '@uwdata/flechette';

/** Rows asked of the runner at once while digesting a table. */
const WINDOW = 10_000;

/**
 * Column types whose Arrow values decode to exactly what the runtime digests: numbers, strings
 * (dictionary-encoded too), booleans, dates, bigints (`int64`, decoded as bigint), and lists of
 * strings or booleans (decoded as arrays). A table with another column cannot be digested on
 * the page the way the runtime does, so its cell is left unchecked: a list of numbers decodes as
 * a typed array whether the runtime held an array or a typed array, and a struct gives `null`
 * for a key an object lacked.
 */
const FAITHFUL = new Set(['int32', 'int64', 'float64', 'utf8', 'bool', 'date', 'timestamp']);
const FAITHFUL_ITEMS = new Set(['utf8', 'bool']);

/** Whether the page decodes a column of type `type` (a `typeName`) to what the runtime digests. */
export function isFaithful(type: string): boolean {
  const list = /^list<(.*)>$/.exec(type);
  if (!list) return FAITHFUL.has(type);
  return FAITHFUL_ITEMS.has(list[1]) || (list[1].startsWith('list<') && isFaithful(list[1]));
}

/** A window of a table output's rows, as Arrow IPC stream bytes (what the table view shows). */
export type FetchRows = (tableId: string, offset: number, limit: number) => Promise<Uint8Array>;

/** What the page saw of one code cell: the outputs it received and rendered. */
export interface ShownCell {
  outputs: readonly Output[];
}

export interface DigestCheck {
  /**
   * One result per code cell, digested from what the page shows; the runner's own result for
   * a cell the page cannot digest (see `unchecked`). Only a matching cell keeps the runner's
   * `value` text: a cell whose digests differ gets none from it.
   */
  results: CellResult[];
  /** Code cells (numbered from 1) whose page digest differs from the runner's. */
  mismatched: number[];
  /** Code cells whose tables the page cannot digest as the runtime does. */
  unchecked: number[];
}

/**
 * Digests each code cell's outputs as the page received them (`cells`, in page order), in the
 * runtime's own canonical form (`digestOutputs`), and compares each with the digest the runner
 * `reported`. An honest runner reports what it sent, so the two agree; a runner that shows one
 * value and reports another's digest (its port reached by a cell) is caught here, on the page.
 */
export async function checkDigests(
  cells: readonly ShownCell[],
  reported: readonly CellResult[],
  fetchRows: FetchRows,
): Promise<DigestCheck> {
  const byCell = new Map(reported.map((result) => [result.cell, result]));
  const check: DigestCheck = { results: [], mismatched: [], unchecked: [] };
  for (const [index, { outputs }] of cells.entries()) {
    const cell = index + 1;
    const theirs = byCell.get(cell);
    const tables = outputs.filter((o): o is TableOutput => o.kind === 'table');
    if (tables.some((table) => table.columns.some((c) => !isFaithful(c.type)))) {
      check.unchecked.push(cell);
      if (theirs) check.results.push(theirs);
      continue;
    }
    const rows = await tableRows(tables, fetchRows);
    const sha256 = digestOutputs(outputs, (id, offset, limit) =>
      (rows.get(id) ?? []).slice(offset, offset + limit),
    );
    if (theirs?.sha256 === sha256) {
      check.results.push(theirs);
    } else {
      check.mismatched.push(cell);
      check.results.push({ cell, sha256 });
    }
  }
  return check;
}

/** Every row of each table, as row objects keyed by column name, read from the runner's Arrow. */
async function tableRows(
  tables: readonly TableOutput[],
  fetchRows: FetchRows,
): Promise<Map<string, Record<string, unknown>[]>> {
  const rows = new Map<string, Record<string, unknown>[]>();
  for (const table of tables) {
    const list: Record<string, unknown>[] = [];
    for (let offset = 0; offset < table.numRows; offset += WINDOW) {
      const limit = Math.min(WINDOW, table.numRows - offset);
      // Dates as `Date`, 64-bit integers as bigint, lists as arrays: the runtime's own values.
      const block = tableFromIPC(await fetchRows(table.id, offset, limit), {
        useDate: true,
        useBigInt: true,
      });
      for (let i = 0; i < Math.min(block.numRows, limit); i++) {
        const row: Record<string, unknown> = {};
        table.columns.forEach((column, c) => (row[column.name] = block.children[c]?.at(i)));
        list.push(row);
      }
    }
    rows.set(table.id, list);
  }
  return rows;
}
