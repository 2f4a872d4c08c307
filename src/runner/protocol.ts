/**
 * The one protocol between the page and the cell runner. The runner shares its realm with a
 * stranger's cell code, so everything it sends is untrusted: the page parses each message once,
 * at the boundary, against these schemas, and nothing else reaches it. The schemas are the
 * single definition: the TypeScript types of the messages are inferred from them.
 *
 * Worker → page: `events` (cell and dataset events, batched), `dataset-request` (a dataset by
 * name only, with the import path of the notebook that reads it: the page resolves both against
 * its own copy of the notebook and of its resolved imports), `reply`/`failure`
 * (answers to the page's requests, whose values are parsed per request kind) and `pong`
 * (heartbeat). Page → worker: `Request`, typed but not parsed (the page is trusted).
 */
import * as v from 'valibot';
import { SHA256_HEX } from '../core/format/sha256-hex.ts';
import type { CellSource } from '../core/runtime/notebook-runtime.ts';
import type { DatasetSpec } from '../core/format/types.ts';
import type { ModuleEntry } from '../core/imports/types.ts';
import type { RunnerEvent } from '../core/runtime/events.ts';
import type { WireError } from '../core/errors/index.ts';
import type { ErrorOutput as RuntimeErrorOutput } from '../core/runtime/outputs.ts';
import type { DatasetInfo as RuntimeDatasetInfo } from '../core/runtime/dataset-info.ts';
import { ColumnNotesSchema, CsvDialectSchema } from './csv-schemas.ts';
import {
  Coded,
  ColumnInfoSchema as ColumnInfo,
  ErrorOutputSchema as ErrorOutput,
  Id,
  InputSpecSchema as InputSpec,
} from '../core/runtime/output-schemas.ts';

const Count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const Ms = v.pipe(v.number(), v.finite(), v.minValue(0));
const Sha256 = v.pipe(v.string(), v.regex(SHA256_HEX));
const Bytes = v.custom<Uint8Array>((input) => input instanceof Uint8Array, 'not bytes');
/** How deep imports may nest: deeper paths are refused as malformed. */
export const MAX_SCOPE_DEPTH = 16;
/**
 * The import path of the notebook whose dataset a request is for (`[]`, the default, is the open
 * notebook): names only, which the page looks up in its own resolved imports.
 */
const Scope = v.optional(v.pipe(v.array(Id), v.maxLength(MAX_SCOPE_DEPTH)), () => []);

const Output = v.variant('kind', [
  // A structured clone carries data only (no functions, getters or prototypes of its own).
  v.strictObject({ kind: v.literal('value'), value: v.unknown(), repr: v.optional(v.string()) }),
  v.strictObject({
    kind: v.literal('table'),
    id: Id,
    columns: v.array(ColumnInfo),
    numRows: Count,
    ipc: Bytes,
  }),
  v.strictObject({ kind: v.literal('chart'), spec: v.record(v.string(), v.unknown()) }),
  v.strictObject({ kind: v.literal('markdown'), markdown: v.string() }),
  v.strictObject({ kind: v.literal('input'), id: Id, input: InputSpec, value: v.unknown() }),
  ErrorOutput,
]);

const CellEvent = v.variant('kind', [
  v.strictObject({ kind: v.literal('queued'), cellId: Id }),
  v.strictObject({ kind: v.literal('running'), cellId: Id, run: Count }),
  v.strictObject({ kind: v.literal('output'), cellId: Id, run: Count, output: Output }),
  v.strictObject({ kind: v.literal('done'), cellId: Id, run: Count, ms: Ms }),
  v.strictObject({
    kind: v.literal('error'),
    cellId: Id,
    run: Count,
    ms: Ms,
    error: ErrorOutput,
  }),
]);

const About = { dataset: Id, sha256: Sha256, bytes: Count };
const DatasetEvent = v.variant('kind', [
  v.strictObject({ kind: v.literal('parse-start'), ...About }),
  // Bytes done of `bytes`; whether a parse of that dataset is going on, and the progress grew,
  // is the event gate's to say.
  v.pipe(
    v.strictObject({ kind: v.literal('parse-progress'), ...About, done: Count }),
    v.check((event) => event.done <= event.bytes, 'more bytes done than there are'),
  ),
  v.strictObject({
    kind: v.literal('parse-end'),
    ...About,
    rows: Count,
    ms: Ms,
    dialect: v.optional(CsvDialectSchema),
    notes: v.optional(ColumnNotesSchema),
  }),
  v.strictObject({ kind: v.literal('parse-error'), ...About, error: v.string(), ...Coded }),
]);

/** One event of the runtime, as the page accepts it. */
export const RunnerEventSchema = v.union([CellEvent, DatasetEvent]);

/** Everything the runner may send the page. */
export const RunnerMessageSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('events'), events: v.array(RunnerEventSchema) }),
  v.strictObject({ kind: v.literal('dataset-request'), id: Count, name: Id, scope: Scope }),
  v.strictObject({ kind: v.literal('reply'), id: Count, value: v.unknown() }),
  v.strictObject({
    kind: v.literal('failure'),
    id: Count,
    error: v.strictObject({ name: v.string(), message: v.string(), ...Coded }),
  }),
  v.strictObject({ kind: v.literal('pong'), seq: Count }),
]);

export type RunnerMessage = v.InferOutput<typeof RunnerMessageSchema>;
export type WireEvent = v.InferOutput<typeof RunnerEventSchema>;

const ColumnType = v.picklist(['string', 'number', 'integer', 'boolean', 'date', 'object']);
const DatasetColumn = v.strictObject({ name: v.string(), type: ColumnType, inferred: ColumnType });
const DatasetInfoSchema = v.strictObject({ rows: Count, columns: v.array(DatasetColumn) });
const CellResultSchema = v.strictObject({
  cell: v.pipe(Count, v.minValue(1)),
  sha256: Sha256,
  value: v.optional(v.string()),
});

/** What each request's `reply` must hold, by request kind. */
export const ReplySchemas = {
  update: v.undefined(),
  rerun: v.undefined(),
  'dataset-info': DatasetInfoSchema,
  digests: v.array(CellResultSchema),
  rows: Bytes,
  'cancel-parse': v.undefined(),
} as const;

export type Replies = { [K in keyof typeof ReplySchemas]: v.InferOutput<(typeof ReplySchemas)[K]> };

/** A request of the page, with the id its reply carries. */
export type Request = { id: number } & (
  | {
      kind: 'update';
      cells: CellSource[];
      datasets: Record<string, DatasetSpec>;
      /** The notebook's imports as the page resolved them (issue 14), by name. */
      imports: Record<string, ModuleEntry>;
      disabled: string[];
    }
  | { kind: 'rerun'; cellId: string }
  | { kind: 'dataset-info'; name: string }
  | { kind: 'digests' }
  | { kind: 'rows'; tableId: string; offset: number; limit: number }
  /** The person's Cancel of the parse of dataset `name`: its readers fail, the runner stays. */
  | { kind: 'cancel-parse'; name: string }
);

/**
 * Messages of the page that are not requests: a new value of an input, the answer to a dataset
 * request, the heartbeat. An input's value has no reply: what it changes comes back as the
 * cells' events, and a reply was one more message each way at every slider step (issue 15).
 */
export type PageMessage =
  | Request
  | { kind: 'set-input'; inputId: string; value: unknown }
  | { kind: 'dataset'; id: number; bytes: Uint8Array | Blob }
  | { kind: 'dataset-failed'; id: number; error: WireError }
  | { kind: 'ping'; seq: number };

/** Parses one message from the runner; `null` for anything that is not exactly a message. */
export function parseRunnerMessage(data: unknown): RunnerMessage | null {
  const parsed = v.safeParse(RunnerMessageSchema, data);
  return parsed.success ? parsed.output : null;
}

/** Parses the value of a reply to a request of kind `kind`; `null` when it is not one. */
export function parseReply<K extends keyof Replies>(
  kind: K,
  value: unknown,
): { value: Replies[K] } | null {
  const parsed = v.safeParse(ReplySchemas[kind], value);
  return parsed.success ? { value: parsed.output as Replies[K] } : null;
}

// The schema and the runtime's own event type must describe the same thing: this fails to
// compile when either changes alone.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const EVENTS_AGREE: Same<WireEvent, RunnerEvent> = true;
export const DATASET_INFO_AGREES: Same<
  v.InferOutput<typeof DatasetInfoSchema>,
  RuntimeDatasetInfo
> = true;
// Optional fields make two object types assignable both ways even when one lacks some of them,
// so the error output's keys are compared too: a field the runtime adds must be in the schema.
export const ERROR_KEYS_AGREE: Same<
  keyof v.InferOutput<typeof ErrorOutput>,
  keyof RuntimeErrorOutput
> = true;
