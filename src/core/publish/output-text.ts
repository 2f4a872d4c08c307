import type { ExportOutput, ExportTable } from './types.ts';
import { escapeHtml } from './escape.ts';
import { EXPORT_ROWS } from './export-rows.ts';
import { exportWords, type ExportWords } from './export-labels.ts';

/** A table cell's value as text: dates in UTC ISO, numbers in their shortest form, null empty. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A value output as a reader sees it in plain text: its description, or its JSON. */
export function valueText(output: Extract<ExportOutput, { kind: 'value' }>): string {
  if (output.repr !== undefined) return output.repr;
  if (typeof output.value === 'string') return JSON.stringify(output.value);
  try {
    return JSON.stringify(output.value, null, 2) ?? String(output.value);
  } catch {
    return String(output.value);
  }
}

/** An input's current value as a reader sees it: text as is, anything else as JSON. */
export function inputText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** `12,345 rows × 3 columns`, in the export's language. */
export function tableSize(table: ExportTable, words: ExportWords = exportWords()): string {
  return `${words('rows', { n: table.numRows })} × ${words('columns', { n: table.columns.length })}`;
}

/** A table as an HTML `<table>`: its first {@link EXPORT_ROWS} rows, columns with their types. */
export function tableHtml(table: ExportTable, words: ExportWords = exportWords()): string {
  const rows = table.rows.slice(0, EXPORT_ROWS);
  const head = table.columns
    .map((c) => `<th scope="col" title="${escapeHtml(c.type)}">${escapeHtml(c.name)}</th>`)
    .join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${table.columns.map((c) => `<td>${escapeHtml(cellText(row[c.name]))}</td>`).join('')}</tr>`,
    )
    .join('\n');
  const more = table.numRows - rows.length;
  const caption = `${tableSize(table, words)}${more > 0 ? `, ${words('firstShown', { n: rows.length })}` : ''}`;
  return `<table>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** A table in plain text: its size and columns, then its first rows separated by tabs. */
export function tablePlain(table: ExportTable, words: ExportWords = exportWords()): string {
  const rows = table.rows.slice(0, 10);
  const lines = [
    words('table', { size: tableSize(table, words) }),
    table.columns.map((c) => c.name).join('\t'),
    ...rows.map((row) => table.columns.map((c) => cellText(row[c.name])).join('\t')),
  ];
  if (table.numRows > rows.length)
    lines.push(words('moreRows', { n: table.numRows - rows.length }));
  return lines.join('\n');
}

/** A chart's one-line description: its title, description or mark. */
export function chartLabel(
  spec: Record<string, unknown>,
  words: ExportWords = exportWords(),
): string {
  const title = typeof spec.title === 'string' ? spec.title : undefined;
  const description = typeof spec.description === 'string' ? spec.description : undefined;
  const mark =
    typeof spec.mark === 'string'
      ? spec.mark
      : typeof spec.mark === 'object' && spec.mark !== null && 'type' in spec.mark
        ? String((spec.mark as { type: unknown }).type)
        : 'layered';
  return title ?? description ?? words('chart', { mark });
}
