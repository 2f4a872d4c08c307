/**
 * How one cell's published outputs differ from its live ones, in words a reader can check:
 * two texts (values, prose, inputs, errors), two tables (row counts and the first row that
 * differs), or only that they differ (charts, outputs of different kinds or numbers).
 */
import { canonicalJson } from '../../core/publish/canonical-json.ts';
import { cellText, inputText, valueText } from '../../core/publish/output-text.ts';
import type { SnapshotOutput } from '../../core/publish/snapshot.ts';

export type OutputDifference =
  | { kind: 'text'; published: string; now: string }
  | {
      kind: 'table';
      published: number;
      now: number;
      /** The first row (from 0) that differs among the rows both show; absent if none does. */
      row?: number;
      publishedRow?: string;
      nowRow?: string;
    }
  | { kind: 'other' };

/** An output as compared: JSON's own values, and an input without its page-made id. */
function comparable(output: SnapshotOutput): string {
  const plain = output.kind === 'input' ? { ...output, id: '' } : output;
  try {
    return canonicalJson(JSON.parse(JSON.stringify(plain)) as unknown);
  } catch {
    return canonicalJson(plain);
  }
}

/** The text a reader reads of a value, prose, input or error output; `null` for others. */
function textOf(output: SnapshotOutput): string | null {
  switch (output.kind) {
    case 'value':
      return valueText(output);
    case 'markdown':
      return output.markdown;
    case 'input':
      return `${output.input.label ?? ''}${output.input.label ? ': ' : ''}${inputText(output.value)}`;
    case 'error':
      return `${output.name}: ${output.message}`;
    default:
      return null;
  }
}

const rowText = (row: readonly unknown[]) => row.map(cellText).join(' | ');

function tableDifference(
  a: Extract<SnapshotOutput, { kind: 'table' }>,
  b: Extract<SnapshotOutput, { kind: 'table' }>,
): OutputDifference {
  const count = Math.min(a.rows.length, b.rows.length);
  for (let row = 0; row < count; row++) {
    if (canonicalJson(a.rows[row]) === canonicalJson(b.rows[row])) continue;
    return {
      kind: 'table',
      published: a.numRows,
      now: b.numRows,
      row,
      publishedRow: rowText(a.rows[row]),
      nowRow: rowText(b.rows[row]),
    };
  }
  return { kind: 'table', published: a.numRows, now: b.numRows };
}

/** How `published` differs from `now` (one cell's outputs), or `null` when they are the same. */
export function compareOutputs(
  published: readonly SnapshotOutput[],
  now: readonly SnapshotOutput[],
): OutputDifference | null {
  const length = Math.max(published.length, now.length);
  for (let i = 0; i < length; i++) {
    const a = published[i];
    const b = now[i];
    if (a && b && comparable(a) === comparable(b)) continue;
    if (!a || !b || a.kind !== b.kind) return { kind: 'other' };
    if (a.kind === 'table' && b.kind === 'table') return tableDifference(a, b);
    const before = textOf(a);
    const after = textOf(b);
    if (before === null || after === null || before === after) return { kind: 'other' };
    return { kind: 'text', published: before, now: after };
  }
  return null;
}

/** Two texts cut where they differ: the same start, each one's own middle, the same end. */
export interface TextSplit {
  start: string;
  published: string;
  now: string;
  end: string;
}

/** `published` and `now` as their common start and end around the parts that differ. */
export function splitDifference(published: string, now: string): TextSplit {
  const a = [...published];
  const b = [...now];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  )
    end++;
  return {
    start: a.slice(0, start).join(''),
    published: a.slice(start, a.length - end).join(''),
    now: b.slice(start, b.length - end).join(''),
    end: a.slice(a.length - end).join(''),
  };
}
