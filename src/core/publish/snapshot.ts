/**
 * A published version's output snapshot (`v3.outputs.json`, issue 15): what each code cell
 * showed when the version was published, so that a reader paints it before the notebook has run
 * again. It is bound to one version by the sha256 of that version's text; the digests that
 * vouch for the outputs stay in the version's own `results`, and the reader's live run checks
 * them. A snapshot comes from a stranger's site: `readSnapshot` takes nothing on trust.
 */
import * as v from 'valibot';
import type { Notebook } from '../format/types.ts';
import { SHA256_HEX } from '../format/sha256-hex.ts';
import {
  ColumnInfoSchema,
  ErrorOutputSchema,
  Id,
  InputSpecSchema,
} from '../runtime/output-schemas.ts';
import type {
  ChartOutput,
  ColumnInfo,
  ErrorOutput,
  InputOutput,
  MarkdownOutput,
  ValueOutput,
} from '../runtime/outputs.ts';
import { EXPORT_ROWS } from './export-rows.ts';
import type { ExportOutput, OutputsByCell } from './types.ts';

/** The `format` of every snapshot file. */
export const SNAPSHOT_FORMAT = 'algobook-outputs/1';
/** Largest snapshot file written or read (UTF-8 bytes; checked as UTF-16 length when read). */
export const SNAPSHOT_MAX_BYTES = 4_000_000;
/** Rows kept of each table: the first window a reader sees. */
export const SNAPSHOT_ROWS = EXPORT_ROWS;

/** A table as the snapshot keeps it: its first rows as arrays, in `columns` order. */
export interface SnapshotTable {
  kind: 'table';
  columns: ColumnInfo[];
  numRows: number;
  /** Up to {@link SNAPSHOT_ROWS} rows; dates as ISO text, big integers as decimal text. */
  rows: unknown[][];
}

export type SnapshotOutput =
  ValueOutput | ChartOutput | MarkdownOutput | InputOutput | ErrorOutput | SnapshotTable;

export interface SnapshotCell {
  /** The code cell's number, from 1 in page order (as the version's `results`). */
  cell: number;
  outputs: SnapshotOutput[];
  /** Left out to keep the file under {@link SNAPSHOT_MAX_BYTES}: the reader waits for the run. */
  omitted?: true;
}

export interface OutputSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** The sha256 of the version's text, as the catalog lists it. */
  notebook: string;
  cells: SnapshotCell[];
}

// A module of its own: the page's first chunk names the file without loading the reading rules.
export { snapshotPath } from './snapshot-path.ts';

/**
 * The snapshot of a run's outputs, bound to the version whose text hashes to `sha256`: one
 * entry per code cell that ran, numbered as `results` are.
 */
export function snapshotOf(
  notebook: Notebook,
  outputs: OutputsByCell,
  sha256: string,
): OutputSnapshot {
  const cells: SnapshotCell[] = [];
  let n = 0;
  for (const cell of notebook.cells) {
    if (cell.kind !== 'code') continue;
    n++;
    const shown = outputs.get(cell.id);
    if (shown) cells.push({ cell: n, outputs: shown.map(snapshotOutput) });
  }
  return { format: SNAPSHOT_FORMAT, notebook: sha256, cells };
}

/**
 * The snapshot as the file's text. Cells are kept in page order while the file stays under
 * {@link SNAPSHOT_MAX_BYTES}; the ones after that are written `omitted`, without outputs.
 */
export function snapshotText(snapshot: OutputSnapshot): string {
  const encoder = new TextEncoder();
  const head = JSON.stringify({ format: snapshot.format, notebook: snapshot.notebook, cells: [] });
  let budget = SNAPSHOT_MAX_BYTES - encoder.encode(head).length;
  const cells = snapshot.cells.map((cell) => {
    const text = JSON.stringify(cell);
    const size = encoder.encode(text).length + 1;
    if (size > budget) return { cell: cell.cell, outputs: [], omitted: true as const };
    budget -= size;
    return cell;
  });
  return `${JSON.stringify({ ...snapshot, cells })}\n`;
}

/** Why a snapshot was not used. */
export type SnapshotProblem = 'too-large' | 'not-json' | 'invalid' | 'other-version';

export type SnapshotReading =
  { ok: true; snapshot: OutputSnapshot } | { ok: false; problem: SnapshotProblem };

const Count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const Cell = v.pipe(v.number(), v.safeInteger(), v.minValue(1));
const TableSchema = v.pipe(
  v.strictObject({
    kind: v.literal('table'),
    columns: v.array(ColumnInfoSchema),
    numRows: Count,
    rows: v.pipe(v.array(v.array(v.unknown())), v.maxLength(SNAPSHOT_ROWS)),
  }),
  v.check(
    (table) =>
      table.rows.length <= table.numRows &&
      table.rows.every((row) => row.length === table.columns.length),
    'rows that do not fit the columns',
  ),
);
const OutputSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('value'), value: v.unknown(), repr: v.optional(v.string()) }),
  TableSchema,
  v.strictObject({ kind: v.literal('chart'), spec: v.record(v.string(), v.unknown()) }),
  v.strictObject({ kind: v.literal('markdown'), markdown: v.string() }),
  v.strictObject({ kind: v.literal('input'), id: Id, input: InputSpecSchema, value: v.unknown() }),
  ErrorOutputSchema,
]);
const SnapshotSchema = v.strictObject({
  format: v.literal(SNAPSHOT_FORMAT),
  notebook: v.pipe(v.string(), v.regex(SHA256_HEX)),
  cells: v.pipe(
    v.array(
      v.strictObject({
        cell: Cell,
        outputs: v.array(OutputSchema),
        omitted: v.optional(v.literal(true)),
      }),
    ),
    v.check((cells) => new Set(cells.map((c) => c.cell)).size === cells.length, 'a cell twice'),
  ),
});

/**
 * The snapshot in `text` if it is one, well formed and made for the version whose text hashes
 * to `sha256`; otherwise why not. Its outputs are then as safe as the runner's messages: the
 * same shapes, checked by the same rules (`output-schemas.ts`), shown by the same views.
 */
export function readSnapshot(text: string, sha256: string): SnapshotReading {
  if (text.length > SNAPSHOT_MAX_BYTES) return { ok: false, problem: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const parsed = v.safeParse(SnapshotSchema, json);
  if (!parsed.success) return { ok: false, problem: 'invalid' };
  if (parsed.output.notebook !== sha256) return { ok: false, problem: 'other-version' };
  return { ok: true, snapshot: parsed.output as OutputSnapshot };
}

function snapshotOutput(output: ExportOutput): SnapshotOutput {
  if (output.kind !== 'table') return output;
  const rows = output.rows
    .slice(0, SNAPSHOT_ROWS)
    .map((row) => output.columns.map((column) => jsonValue(row[column.name])));
  return { kind: 'table', columns: output.columns, numRows: output.numRows, rows };
}

/** A table cell as JSON keeps it: dates as ISO text, big integers and non-finite numbers as text. */
function jsonValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}
