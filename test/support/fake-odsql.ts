/**
 * A small subset of Opendatasoft's ODSQL, enough for the fake portal to reduce data as the real
 * one does: `select` (fields, `*`, `as` aliases, count/avg/sum/min/max), `where` (comparisons
 * joined by `and`, a bare "text" or search("text") full-text match), `group_by` (fields),
 * `order_by` (one field, asc/desc). Anything else throws an `OdsqlError` (a 400 on the portal).
 */
export type Row = Record<string, unknown>;

export class OdsqlError extends Error {
  constructor(
    message: string,
    readonly code = 'ODSQLError',
  ) {
    super(message);
  }
}

interface SelectItem {
  alias: string;
  field?: string;
  aggregate?: 'count' | 'avg' | 'sum' | 'min' | 'max';
}

export interface OdsqlQuery {
  select?: string | null;
  where?: string | null;
  group_by?: string | null;
  order_by?: string | null;
}

/** The rows a query returns, and their column names in order. */
export function runQuery(
  rows: Row[],
  fields: string[],
  query: OdsqlQuery,
): { rows: Row[]; columns: string[] } {
  let result = rows.filter(whereFilter(query.where ?? '', fields));
  const select = parseSelect(query.select ?? '*', fields);
  const groups = query.group_by ? splitTop(query.group_by).map((g) => checkField(g, fields)) : null;
  if (groups) result = groupRows(result, groups, select);
  else if (select.some((s) => s.aggregate)) result = groupRows(result, [], select);
  else
    result = result.map((row) => Object.fromEntries(select.map((s) => [s.alias, row[s.field!]])));
  if (query.order_by) {
    const [name, direction = 'asc'] = query.order_by.trim().split(/\s+/);
    const sign = direction.toLowerCase() === 'desc' ? -1 : 1;
    result = [...result].sort((a, b) => sign * compare(a[name], b[name]));
  }
  return { rows: result, columns: select.map((s) => s.alias) };
}

function parseSelect(select: string, fields: string[]): SelectItem[] {
  const items: SelectItem[] = [];
  for (const part of splitTop(select)) {
    if (part === '*') {
      items.push(...fields.map((field) => ({ alias: field, field })));
      continue;
    }
    const match = /^(.+?)(?:\s+as\s+([A-Za-z_][\w]*))?$/i.exec(part)!;
    const expression = match[1].trim();
    const call = /^(count|avg|sum|min|max)\s*\(\s*([\w*]+)\s*\)$/i.exec(expression);
    if (call) {
      const aggregate = call[1].toLowerCase() as SelectItem['aggregate'];
      const field = call[2] === '*' ? undefined : checkField(call[2], fields);
      if (aggregate !== 'count' && !field)
        throw new OdsqlError(`ODSQL query is malformed: ${part}`);
      items.push({ alias: match[2] ?? expression, field, aggregate });
    } else {
      items.push({ alias: match[2] ?? expression, field: checkField(expression, fields) });
    }
  }
  return items;
}

function groupRows(rows: Row[], groups: string[], select: SelectItem[]): Row[] {
  const byKey = new Map<string, Row[]>();
  for (const row of rows) {
    const key = JSON.stringify(groups.map((g) => row[g]));
    const list = byKey.get(key) ?? [];
    list.push(row);
    byKey.set(key, list);
  }
  if (!groups.length && !byKey.size) byKey.set('[]', []);
  return [...byKey.values()].map((members) =>
    Object.fromEntries(
      select.map((s) => {
        if (!s.aggregate) {
          if (!groups.includes(s.field!)) {
            throw new OdsqlError(`ODSQL query is malformed: ${s.field} must be in group_by`);
          }
          return [s.alias, members[0]?.[s.field!]];
        }
        const values = members.map((m) => Number(m[s.field ?? ''])).filter(Number.isFinite);
        const sum = values.reduce((a, b) => a + b, 0);
        const value =
          s.aggregate === 'count'
            ? members.length
            : s.aggregate === 'sum'
              ? sum
              : s.aggregate === 'avg'
                ? values.length
                  ? sum / values.length
                  : null
                : values.length
                  ? Math[s.aggregate](...values)
                  : null;
        return [s.alias, value];
      }),
    ),
  );
}

function whereFilter(where: string, fields: string[]): (row: Row) => boolean {
  if (!where.trim()) return () => true;
  const tests = where.split(/\s+and\s+/i).map((clause) => clauseTest(clause.trim(), fields));
  return (row) => tests.every((test) => test(row));
}

function clauseTest(clause: string, fields: string[]): (row: Row) => boolean {
  const text =
    /^"((?:[^"\\]|\\.)*)"$/.exec(clause) ?? /^search\(\s*"((?:[^"\\]|\\.)*)"\s*\)$/i.exec(clause);
  if (text) {
    // Full-text search: every word somewhere in the record, as the portal's search does.
    const words = fold(text[1].replace(/\\(.)/g, '$1'))
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    return (row) => {
      const haystack = fold(
        Object.values(row)
          .filter((v) => typeof v === 'string' || Array.isArray(v))
          .join(' '),
      );
      return words.every((word) => haystack.includes(word));
    };
  }
  const match = /^([A-Za-z_]\w*)\s*(>=|<=|!=|=|>|<)\s*(.+)$/.exec(clause);
  if (!match) throw new OdsqlError(`ODSQL query is malformed: ${clause}`);
  const field = checkField(match[1], fields);
  const literal = match[3].trim();
  const quoted = /^(["'])(.*)\1$/.exec(literal);
  const value: unknown = quoted ? quoted[2] : Number(literal);
  if (!quoted && !Number.isFinite(value)) {
    throw new OdsqlError(`ODSQL query is malformed: ${literal}`);
  }
  const op = match[2];
  return (row) => {
    const c = compare(row[field], value);
    return op === '='
      ? c === 0
      : op === '!='
        ? c !== 0
        : op === '>'
          ? c > 0
          : op === '<'
            ? c < 0
            : op === '>='
              ? c >= 0
              : c <= 0;
  };
}

function checkField(name: string, fields: string[]): string {
  const field = name.trim().replace(/^`(.*)`$/, '$1');
  if (!fields.includes(field)) {
    throw new OdsqlError(`Unknown field: ${field}`);
  }
  return field;
}

/** Splits at commas outside parentheses. */
function splitTop(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; ++i) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter(Boolean);
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''));
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
