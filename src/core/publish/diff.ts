import { diffArrays, diffChars, diffLines } from 'diff';
import type { Cell, DatasetSpec, Notebook } from '../format/types.ts';
import { canonicalJson } from './canonical-json.ts';
import { PUBLISH_KEYS } from './freeze.ts';
import { parametersOf } from './parameters.ts';
import type {
  CellDiff,
  DatasetChange,
  FrontChange,
  LineChange,
  NotebookDiff,
  ParameterChange,
} from './types.ts';

/** Below this likeness (0–1) a removed and an added cell are two cells, not one edited. */
const SAME_CELL = 0.4;

/**
 * What changed from notebook `a` to notebook `b` (two versions, or a fork and its origin): the
 * cells aligned (unchanged, added, removed, or edited with a line diff), the datasets, the
 * `Inputs.*` parameters, the licence and the other front-matter keys. Publishing's own keys
 * (`version`, `results`...) are not differences.
 */
export function diffNotebooks(a: Notebook, b: Notebook): NotebookDiff {
  const cells = diffCells(a.cells, b.cells);
  const datasets = diffDatasets(a.front.datasets ?? {}, b.front.datasets ?? {});
  const parameters = diffParameters(a, b);
  const license =
    (a.front.license ?? undefined) === (b.front.license ?? undefined)
      ? undefined
      : { before: a.front.license ?? undefined, after: b.front.license ?? undefined };
  const front = diffFront(a.front, b.front);
  const same =
    cells.every((row) => row.kind === 'same') &&
    !datasets.length &&
    !parameters.length &&
    !license &&
    !front.length;
  return { cells, datasets, parameters, ...(license ? { license } : {}), front, same };
}

function diffCells(a: readonly Cell[], b: readonly Cell[]): CellDiff[] {
  const key = (cell: Cell) =>
    `${cell.kind}\u0000${cell.kind === 'code' ? cell.options : ''}\u0000${cell.source}`;
  const changes = diffArrays(a.map(key), b.map(key));
  const rows: CellDiff[] = [];
  let i = 0;
  let j = 0;
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    rows.push(...pair(a, b, removed, added));
    removed = [];
    added = [];
  };
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.removed) {
      for (let k = 0; k < count; k++) removed.push(i++);
    } else if (change.added) {
      for (let k = 0; k < count; k++) added.push(j++);
    } else {
      flush();
      for (let k = 0; k < count; k++) {
        const cell = a[i];
        rows.push({ kind: 'same', cellKind: cell.kind, a: i++, b: j++, source: cell.source });
      }
    }
  }
  flush();
  return rows;
}

/** Between two unchanged stretches: which removed cell became which added one, in order. */
function pair(
  a: readonly Cell[],
  b: readonly Cell[],
  removed: number[],
  added: number[],
): CellDiff[] {
  const rows: CellDiff[] = [];
  const onlyOne = removed.length === 1 && added.length === 1;
  let next = 0;
  for (const ai of removed) {
    const before = a[ai];
    let match = -1;
    for (let k = next; k < added.length; k++) {
      const after = b[added[k]];
      if (after.kind !== before.kind) continue;
      if (onlyOne || likeness(before.source, after.source) >= SAME_CELL) {
        match = k;
        break;
      }
    }
    if (match < 0) {
      rows.push({ kind: 'removed', cellKind: before.kind, a: ai, source: before.source });
      continue;
    }
    for (; next < match; next++) rows.push(addedRow(b, added[next]));
    next = match + 1;
    rows.push(changedRow(before, b[added[match]], ai, added[match]));
  }
  for (; next < added.length; next++) rows.push(addedRow(b, added[next]));
  return rows;
}

function addedRow(b: readonly Cell[], bi: number): CellDiff {
  const cell = b[bi];
  return { kind: 'added', cellKind: cell.kind, b: bi, source: cell.source };
}

function changedRow(before: Cell, after: Cell, ai: number, bi: number): CellDiff {
  const row: CellDiff = {
    kind: 'changed',
    cellKind: before.kind,
    a: ai,
    b: bi,
    lines: lineDiff(before.source, after.source),
  };
  if (before.kind === 'code' && after.kind === 'code' && before.options !== after.options) {
    row.options = { before: before.options, after: after.options };
  }
  return row;
}

/** A line-by-line diff of two sources. */
export function lineDiff(before: string, after: string): LineChange[] {
  const lines: LineChange[] = [];
  // Both end with a newline, so that a last line that changed is not also counted as another.
  for (const change of diffLines(`${before}\n`, `${after}\n`)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    for (const text of change.value.replace(/\n$/, '').split('\n')) lines.push({ kind, text });
  }
  return lines;
}

/** How alike two sources are, from 0 to 1: the share of characters they have in common. */
function likeness(x: string, y: string): number {
  if (!x.length && !y.length) return 1;
  // Character diffs of long cells are slow; lines say enough there.
  const changes = x.length + y.length > 20_000 ? diffLines(x, y) : diffChars(x, y);
  let common = 0;
  for (const change of changes) if (!change.added && !change.removed) common += change.value.length;
  return (2 * common) / (x.length + y.length);
}

function diffDatasets(
  a: Record<string, DatasetSpec>,
  b: Record<string, DatasetSpec>,
): DatasetChange[] {
  const changes: DatasetChange[] = [];
  for (const name of unionKeys(a, b)) {
    const before = Object.hasOwn(a, name) ? a[name] : undefined;
    const after = Object.hasOwn(b, name) ? b[name] : undefined;
    if (!before && after) changes.push({ name, kind: 'added', fields: [], after });
    else if (before && !after) changes.push({ name, kind: 'removed', fields: [], before });
    else if (before && after) {
      const fields = unionKeys(before, after).filter(
        (key) => canonicalJson(before[key]) !== canonicalJson(after[key]),
      );
      if (fields.length) changes.push({ name, kind: 'changed', fields, before, after });
    }
  }
  return changes;
}

function diffParameters(a: Notebook, b: Notebook): ParameterChange[] {
  const before = new Map(parametersOf(a).map((p) => [p.name, p.text]));
  const after = new Map(parametersOf(b).map((p) => [p.name, p.text]));
  const changes: ParameterChange[] = [];
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const x = before.get(name);
    const y = after.get(name);
    if (x === undefined && y !== undefined) changes.push({ name, kind: 'added', after: y });
    else if (x !== undefined && y === undefined) changes.push({ name, kind: 'removed', before: x });
    else if (x !== y) changes.push({ name, kind: 'changed', before: x, after: y });
  }
  return changes;
}

function diffFront(a: Record<string, unknown>, b: Record<string, unknown>): FrontChange[] {
  const skip = new Set([...PUBLISH_KEYS, 'datasets', 'license', 'algobook']);
  return unionKeys(a, b)
    .filter((key) => !skip.has(key) && canonicalJson(a[key]) !== canonicalJson(b[key]))
    .map((key) => ({ key, before: a[key], after: b[key] }));
}

function unionKeys(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}
