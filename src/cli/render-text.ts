import { inspect } from 'node:util';
import type { FrontMatter } from '../core/format/types.ts';
import { assertNever, type ErrorOutput, type InputOutput } from '../core/runtime/index.ts';
import { formatCell, isNumericType } from '../core/runtime/format-cell.ts';
import type { CellReport, ReportOutput, TableReport } from './run-notebook.ts';

/** Rows of a table shown in text; the JSON output carries more. */
export const TEXT_ROWS = 10;
const MAX_CELL_CHARS = 40;
const MAX_PROSE_CHARS = 100;
const INDENT = '  ';

/**
 * A run as text a person reads in a terminal: the notebook's title and data licences, each prose
 * cell condensed to its headings and first line, each code cell's outputs under its number and
 * line (tables aligned, charts as one line, inputs as `label: value`), errors as
 * `Error in cell N (line L): message`. Cells are numbered from 1, as the app numbers them.
 */
export function renderText(front: FrontMatter, cells: CellReport[]): string {
  const out: string[] = [front.title];
  const datasets = Object.entries(front.datasets ?? {}).map(([name, spec]) =>
    spec.license ? `${name} (${spec.license})` : name,
  );
  out.push(
    [front.id, ...(datasets.length ? [`datasets: ${datasets.join(', ')}`] : [])].join(' · '),
  );
  for (const cell of cells) {
    if (cell.kind === 'markdown') {
      out.push('', ...condenseProse(cell.source));
      continue;
    }
    if (!cell.outputs.length) continue;
    out.push('', `cell ${cell.index + 1}, line ${cell.line}`);
    for (const output of cell.outputs) {
      const text = output.kind === 'error' ? errorLine(output, cell) : renderOutput(output);
      out.push(...text.split('\n').map((line) => (line ? INDENT + line : line)));
    }
  }
  return out.join('\n') + '\n';
}

/**
 * `Error in cell N (line L): message`, L being the file line of the error; when the error has no
 * line (an undefined name, a failed input), the cell's lines: `(lines A–B)`.
 */
export function errorLine(
  error: ErrorOutput,
  cell: { index: number; line: number; source: string },
): string {
  const lines = cell.source.split('\n').length;
  const where =
    error.line !== undefined
      ? `line ${cell.line + error.line}`
      : lines > 1
        ? `lines ${cell.line + 1}–${cell.line + lines}`
        : `line ${cell.line + 1}`;
  const name = error.name && error.name !== 'Error' ? `${error.name}: ` : '';
  return `Error in cell ${cell.index + 1} (${where}): ${name}${error.message}`;
}

function renderOutput(output: Exclude<ReportOutput, ErrorOutput>): string {
  switch (output.kind) {
    case 'value':
      return renderValue(output.value, output.repr);
    case 'table':
      return renderTable(output);
    case 'chart':
      return chartSummary(output.spec);
    case 'markdown':
      return output.markdown;
    case 'input':
      return inputLine(output);
    default:
      return assertNever(output);
  }
}

/** Headings as written, and the first sentence of the first paragraph under each. */
function condenseProse(source: string): string[] {
  const shown: string[] = [];
  let paragraph: string[] = [];
  let summarised = false;
  for (const line of [...source.split('\n'), '']) {
    if (/^#{1,6}\s/.test(line)) {
      shown.push(line.trim());
      summarised = false;
    } else if (line.trim()) {
      paragraph.push(line.trim());
    } else if (paragraph.length) {
      if (!summarised) {
        const text = paragraph.join(' ');
        shown.push(INDENT + cut(/^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text, MAX_PROSE_CHARS));
        summarised = true;
      }
      paragraph = [];
    }
  }
  return shown;
}

function renderValue(value: unknown, repr: string | undefined): string {
  if (repr === undefined) return inspect(value, { depth: 6, breakLength: 100 });
  // Not plain JSON: its description, and what of its content could be summarised.
  if (typeof value === 'string' || value === null || typeof value !== 'object') return repr;
  return `${repr} ${inspect(value, { depth: 6, breakLength: 100 })}`;
}

function inputLine(output: InputOutput): string {
  const value = typeof output.value === 'string' ? output.value : inspect(output.value);
  return `${output.input.label ?? output.input.type}: ${value}`;
}

/** The first rows, columns aligned (numbers to the right), then how many rows are left out. */
export function renderTable(table: TableReport): string {
  const rows = table.rows.slice(0, TEXT_ROWS);
  const columns = table.columns.map((column) => {
    const texts = rows.map((row) => cut(formatCell(row[column.name], 'en').text, MAX_CELL_CHARS));
    const width = Math.max(column.name.length, ...texts.map((t) => t.length));
    const right = isNumericType(column.type);
    const pad = (text: string) => (right ? text.padStart(width) : text.padEnd(width));
    return { header: pad(column.name), rule: '─'.repeat(width), cells: texts.map(pad) };
  });
  const line = (cells: string[]) => cells.join('  ').trimEnd();
  const lines = [line(columns.map((c) => c.header)), line(columns.map((c) => c.rule))];
  rows.forEach((_, i) => lines.push(line(columns.map((c) => c.cells[i]))));
  const more = table.numRows - rows.length;
  if (more > 0)
    lines.push(
      `… ${more.toLocaleString('en')} more rows (${table.numRows.toLocaleString('en')} in all)`,
    );
  if (table.numRows === 0) lines.push('(no rows)');
  return lines.join('\n');
}

/** `chart "title": bar · x: name (nominal), y: density (quantitative) · 20 rows`. */
export function chartSummary(spec: Record<string, unknown>): string {
  const views = flattenViews(spec);
  const marks = unique(views.map((view) => markType(view.mark)).filter((m) => m !== undefined));
  const channels = unique(views.flatMap((view) => encodingParts(view.encoding)));
  const values =
    isRecord(spec.data) && Array.isArray(spec.data.values) ? spec.data.values : undefined;
  const title = titleText(spec.title);
  const parts = [
    `chart${title ? ` "${title}"` : ''}: ${marks.join(' + ') || 'composite'}`,
    ...(channels.length ? [channels.join(', ')] : []),
    ...(values
      ? [`${values.length.toLocaleString('en')} ${values.length === 1 ? 'row' : 'rows'}`]
      : []),
  ];
  return parts.join(' · ');
}

/** The spec and its layers and concatenated views, each with the encoding it inherits. */
function flattenViews(
  spec: Record<string, unknown>,
  inherited: unknown = {},
): Record<string, unknown>[] {
  const encoding = {
    ...(isRecord(inherited) ? inherited : {}),
    ...(isRecord(spec.encoding) ? spec.encoding : {}),
  };
  const children = ['layer', 'concat', 'hconcat', 'vconcat']
    .flatMap((key) => (Array.isArray(spec[key]) ? spec[key] : []))
    .filter(isRecord);
  const inner = isRecord(spec.spec) ? [spec.spec] : [];
  const nested = [...children, ...inner].flatMap((child) => flattenViews(child, encoding));
  return spec.mark !== undefined || !nested.length ? [{ ...spec, encoding }, ...nested] : nested;
}

function markType(mark: unknown): string | undefined {
  if (typeof mark === 'string') return mark;
  if (isRecord(mark) && typeof mark.type === 'string') return mark.type;
  return undefined;
}

function encodingParts(encoding: unknown): string[] {
  if (!isRecord(encoding)) return [];
  return Object.entries(encoding).flatMap(([channel, def]) => {
    if (!isRecord(def)) return [];
    const field = typeof def.field === 'string' ? def.field : undefined;
    const aggregate = typeof def.aggregate === 'string' ? def.aggregate : undefined;
    const what = aggregate ? `${aggregate}(${field ?? ''})` : field;
    if (!what) return [];
    return [`${channel}: ${what}${typeof def.type === 'string' ? ` (${def.type})` : ''}`];
  });
}

function titleText(title: unknown): string | undefined {
  if (typeof title === 'string') return title;
  if (isRecord(title) && typeof title.text === 'string') return title.text;
  return undefined;
}

function cut(text: string, max: number): string {
  const oneLine = text.replace(/\s*\n\s*/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
