import * as v from 'valibot';
import type { CellResult, Notebook } from '../core/format/types.ts';
import type { ModuleEntry } from '../core/imports/types.ts';
import type { CellReport } from './run-notebook.ts';

/**
 * The messages between `algobook` and the child process that runs a notebook's cells
 * (`sandboxed-run.ts`, `sandbox-child.ts`). The child runs a stranger's code: what it sends is
 * parsed here before the parent acts on it, and a dataset is asked for by name and the import
 * path of the notebook that pins it (`[]` for the open one), which the parent looks up in its own
 * copy of the notebook and of the notebooks it imports.
 */

/**
 * Parent to child: the notebook to run with the notebooks it imports (resolved and checked by
 * the parent), then dataset bytes (or why not) as they are asked for.
 */
export type ParentMessage =
  | { kind: 'run'; notebook: Notebook; lines: number[]; imports: Record<string, ModuleEntry> }
  | { kind: 'dataset'; id: number; bytes: Uint8Array }
  | { kind: 'dataset-error'; id: number; name: string; message: string };

const DatasetRequest = v.object({
  kind: v.literal('dataset'),
  id: v.pipe(v.number(), v.safeInteger()),
  name: v.string(),
  // As deep as the resolver goes; the parent looks each name up as an own key of what it resolved.
  scope: v.optional(v.pipe(v.array(v.string()), v.maxLength(16))),
});

const CodeReport = v.object({
  index: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  kind: v.literal('code'),
  line: v.number(),
  source: v.string(),
  status: v.picklist(['idle', 'queued', 'running', 'done', 'error', 'interrupted']),
  ms: v.optional(v.number()),
  outputs: v.array(v.looseObject({ kind: v.string() })),
});

const MarkdownReport = v.object({
  index: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  kind: v.literal('markdown'),
  source: v.string(),
});

const Done = v.object({
  kind: v.literal('done'),
  cells: v.array(v.variant('kind', [CodeReport, MarkdownReport])),
  results: v.array(v.looseObject({ cell: v.number(), sha256: v.string() })),
});

const ChildMessageSchema = v.variant('kind', [DatasetRequest, Done]);

/** Child to parent: a dataset asked for by name, or the run's reports and digests. */
export type ChildMessage =
  | v.InferOutput<typeof DatasetRequest>
  | { kind: 'done'; cells: CellReport[]; results: CellResult[] };

/** A message from the child, parsed; `undefined` for anything else. */
export function parseChildMessage(message: unknown): ChildMessage | undefined {
  const parsed = v.safeParse(ChildMessageSchema, message);
  if (!parsed.success) return undefined;
  // The schema checks the shape the parent reads; the outputs' own fields are rendered as text.
  return message as ChildMessage;
}
