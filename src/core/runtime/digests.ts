import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { CellResult } from '../format/types.ts';
import { canonicalJson } from '../publish/canonical-json.ts';
import type { CellEvent } from './events.ts';
import type { ErrorOutput, Output } from './outputs.ts';

/** Rows of a table output, read from the runtime in windows this size while hashing. */
const ROW_WINDOW = 10_000;
/** Longest `value` text in a result. */
const VALUE_TEXT = 80;

/** All the rows of a table output, a window at a time, as the runtime holds them. */
export type RowReader = (
  tableId: string,
  offset: number,
  limit: number,
) => Record<string, unknown>[];

/**
 * Each code cell's outputs of its latest run, kept from the runtime's own events (reduced as the
 * page reduces them), so that the runtime can digest what a reader sees.
 */
export class OutputLog {
  #order: string[] = [];
  readonly #outputs = new Map<string, Output[]>();

  /** The code cells in page order: the numbering of the results. */
  order(cellIds: readonly string[]): void {
    this.#order = [...cellIds];
    const keep = new Set(cellIds);
    for (const id of this.#outputs.keys()) if (!keep.has(id)) this.#outputs.delete(id);
  }

  record(event: CellEvent): void {
    if (event.kind === 'running') this.#outputs.set(event.cellId, []);
    else if (event.kind === 'output') this.#list(event.cellId).push(event.output);
    else if (event.kind === 'error') this.#list(event.cellId).push(event.error);
  }

  /** One result per code cell, numbered from 1 in page order. */
  digests(rows: RowReader): CellResult[] {
    return this.#order.map((id, index) => {
      const outputs = this.#outputs.get(id) ?? [];
      const value = valueText(outputs);
      return {
        cell: index + 1,
        sha256: digestOutputs(outputs, rows),
        ...(value === undefined ? {} : { value }),
      };
    });
  }

  #list(cellId: string): Output[] {
    let list = this.#outputs.get(cellId);
    if (!list) this.#outputs.set(cellId, (list = []));
    return list;
  }
}

/**
 * SHA-256 of a cell's outputs in canonical form (`canonicalJson`: RFC 8785 plus type tags), the
 * same wherever the runtime runs and in whatever language the reader reads (the page's sandboxed
 * worker has no Web Crypto: @noble/hashes). A list: values as given (with their description),
 * tables as `Table({…})` by their columns (names, types) and ALL their rows (not only the window
 * a page shows), charts by their spec, markdown by its text, inputs by their type and current
 * value, errors by their name and stable code (see `errorDigest`). Handles (table ids, input
 * ids) hold session-random cell ids and are left out.
 */
export function digestOutputs(outputs: readonly Output[], rows: RowReader): string {
  const hash = sha256.create();
  const encoder = new TextEncoder();
  const write = (text: string) => hash.update(encoder.encode(text));
  write('[');
  outputs.forEach((output, i) => {
    if (i > 0) write(',');
    if (output.kind !== 'table') {
      write(canonicalJson(canonicalOutput(output)));
      return;
    }
    const columns = output.columns.map((c) => ({ name: c.name, type: c.type }));
    // The fields in RFC 8785 key order, the rows streamed: a table can be larger than a string.
    write(`Table({"columns":${canonicalJson(columns)},"numRows":${output.numRows},"rows":[`);
    for (let offset = 0; offset < output.numRows; offset += ROW_WINDOW) {
      const window = rows(output.id, offset, Math.min(ROW_WINDOW, output.numRows - offset));
      window.forEach((row, k) => {
        if (offset + k > 0) write(',');
        write(canonicalJson(columns.map((c) => row[c.name])));
      });
    }
    write(']})');
  });
  write(']');
  return bytesToHex(hash.digest());
}

function canonicalOutput(output: Exclude<Output, { kind: 'table' }>): unknown {
  switch (output.kind) {
    case 'value':
      return { kind: 'value', value: output.value, repr: output.repr };
    case 'chart':
      return { kind: 'chart', spec: output.spec };
    case 'markdown':
      return { kind: 'markdown', markdown: output.markdown };
    case 'input':
      return { kind: 'input', type: output.input.type, value: output.value };
    case 'error':
      return errorDigest(output);
  }
}

/**
 * What of an error counts: its name and stable code with their parameters when the runtime gave
 * one (the message may be translated for the reader), else its message, which is then the
 * author's own text (`throw new Error("…")`) or the engine's, the same in every language. The
 * line and column are left out, as they were: they follow the cell's text, which is hashed
 * already.
 */
export function errorDigest(output: ErrorOutput): unknown {
  const code = Reflect.get(output, 'code');
  if (typeof code === 'string') {
    const params: unknown = Reflect.get(output, 'params');
    return { kind: 'error', name: output.name, code, params: params ?? {} };
  }
  return { kind: 'error', name: output.name, message: output.message };
}

/** A short text of what a reader sees of the cell: its last output that reads as text. */
function valueText(outputs: readonly Output[]): string | undefined {
  for (let i = outputs.length - 1; i >= 0; i--) {
    const text = outputText(outputs[i]);
    if (text === undefined) continue;
    // By code points: cutting an emoji's surrogate pair in two would not survive the file.
    const points = Array.from(text);
    return points.length > VALUE_TEXT ? `${points.slice(0, VALUE_TEXT - 1).join('')}…` : text;
  }
  return undefined;
}

function outputText(output: Output): string | undefined {
  switch (output.kind) {
    case 'value':
      if (output.repr !== undefined) return output.repr;
      return typeof output.value === 'string' ? output.value : JSON.stringify(output.value);
    case 'table':
      return `${output.numRows} rows × ${output.columns.length} columns`;
    case 'input':
      return `${output.input.label ? `${output.input.label}: ` : ''}${
        typeof output.value === 'string' ? output.value : JSON.stringify(output.value)
      }`;
    case 'markdown':
      return output.markdown.trim().split('\n')[0];
    case 'error':
      return `${output.name}: ${output.message}`;
    case 'chart':
      return undefined;
  }
}
