import { Table } from 'arquero';
import { coreError } from '../errors/index.ts';

/** Most rows a chart embeds; beyond it the page would stall, so `chart()` refuses. */
export const MAX_CHART_ROWS = 100_000;

/**
 * A Vega-Lite chart produced by the `chart` builtin, recognised with `instanceof` when displayed.
 * Its spec is plain data (inline values), so it crosses the worker boundary as is.
 */
export class Chart {
  constructor(readonly spec: Record<string, unknown>) {}
}

/**
 * `chart(spec)`: a Vega-Lite spec whose `data` may be an Arquero table (or an array of rows,
 * or `{values: table}`), turned into inline `{values: rows}`.
 */
export function chart(spec: unknown): Chart {
  if (!isRecord(spec)) {
    throw coreError('chart-not-spec', {}, 'TypeError');
  }
  plainData(spec);
  const data = spec.data;
  if (data instanceof Table || Array.isArray(data)) {
    return new Chart({ ...spec, data: { values: rows(data) } });
  }
  if (isRecord(data) && (data.values instanceof Table || Array.isArray(data.values))) {
    return new Chart({ ...spec, data: { ...data, values: rows(data.values) } });
  }
  return new Chart({ ...spec });
}

/**
 * The spec crosses the worker boundary: a function in it would fail there, far from the cell
 * (and Vega-Lite specs are JSON anyway). Data values are left out of the check, for speed.
 */
function plainData(spec: Record<string, unknown>): void {
  try {
    structuredClone({ ...spec, data: undefined });
  } catch {
    throw coreError('chart-not-plain', {}, 'TypeError');
  }
}

function rows(data: Table | unknown[]): unknown[] {
  const count = data instanceof Table ? data.numRows() : data.length;
  if (count > MAX_CHART_ROWS) {
    throw coreError('chart-too-many-rows', { rows: count, max: MAX_CHART_ROWS }, 'RangeError');
  }
  return data instanceof Table ? data.objects() : data;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
