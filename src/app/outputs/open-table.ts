import type { TableOutput } from '../../core/runtime/outputs.ts';
import { decodeRows, type RowBlock } from './row-block.ts';
import { RowSource } from './row-source.ts';

export type FetchRows = (tableId: string, offset: number, limit: number) => Promise<Uint8Array>;

export type OpenedTable = { kind: 'ok'; source: RowSource } | { kind: 'error'; message: string };

/**
 * The row source of a table output: its first rows decoded from `ipc`, the others fetched by
 * `fetchRows` as they scroll into view.
 */
export function openTable(
  output: TableOutput,
  fetchRows: FetchRows | undefined,
  onChange: () => void,
  /** Its first rows already decoded (a published snapshot's), instead of `ipc`'s. */
  rows?: RowBlock,
): OpenedTable {
  try {
    const seed = rows ?? decodeRows(output.ipc, 0);
    const load = fetchRows
      ? async (offset: number, limit: number) =>
          decodeRows(await fetchRows(output.id, offset, limit), offset)
      : undefined;
    return { kind: 'ok', source: new RowSource({ numRows: output.numRows, seed, load, onChange }) };
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
