import type { AnyNode, CallExpression } from 'acorn';
import { analyze, type CellAnalysis } from '../analysis/index.ts';
import { CellParseError, parseCell } from '../analysis/parse.ts';
import { visitNodes } from '../analysis/nodes.ts';
import type { Notebook } from '../format/types.ts';
import { literalValue, UNKNOWN } from './literal.ts';
import { indicatorTitle, isIndicator } from './options.ts';
import type { ParameterInfo } from './types.ts';

/** What the citizen views need to know of one code cell, read from its source alone. */
export interface CellInfo {
  /** Index in `notebook.cells`. */
  index: number;
  source: string;
  declarations: string[];
  references: string[];
  /** Datasets read with `dataset("name")`, in order. */
  datasets: string[];
  /** Inputs shown with `view(Inputs.*(...))`, in order. */
  inputs: ParameterInfo[];
  indicator: boolean;
  /** The title given with `indicator title="..."`. */
  title: string | null;
  /** An import cell's import and names (`import {a, b as c} from "atmo"`), as the analysis gives it. */
  import?: CellAnalysis['import'];
  /** Imports read whole with `use("name", …)`, in order. */
  uses: string[];
}

/** How a cell is analysed: the runtime's `analyze`, or a stand-in in tests. */
export type Analyse = (source: string) => CellAnalysis;

/** The code cells of a notebook, analysed. */
export function cellInfos(notebook: Notebook, analyse: Analyse = analyze): CellInfo[] {
  const out: CellInfo[] = [];
  notebook.cells.forEach((cell, index) => {
    if (cell.kind !== 'code') return;
    const analysis = analyse(cell.source);
    let root: AnyNode | null = null;
    try {
      root = parseCell(cell.source).node;
    } catch (error) {
      if (!(error instanceof CellParseError)) throw error;
    }
    const datasets: string[] = [];
    const inputs: ParameterInfo[] = [];
    const uses: string[] = [];
    if (root)
      visitNodes(root, (node, parent) => scan(node, parent, index, { datasets, inputs, uses }));
    out.push({
      index,
      source: cell.source,
      declarations: analysis.declarations,
      references: analysis.references,
      datasets: [...new Set(datasets)],
      inputs,
      indicator: isIndicator(cell.options),
      title: indicatorTitle(cell.options),
      ...(analysis.import ? { import: analysis.import } : {}),
      uses: [...new Set(uses)],
    });
  });
  return out;
}

function scan(
  node: AnyNode,
  parent: AnyNode | null,
  cell: number,
  { datasets, inputs, uses }: { datasets: string[]; inputs: ParameterInfo[]; uses: string[] },
): void {
  // One node only: visitNodes walks the tree without recursion, which a deep cell would overflow.
  if (node.type === 'CallExpression' && node.callee.type === 'Identifier') {
    if (node.callee.name === 'dataset' || node.callee.name === 'use') {
      const name = literalValue(node.arguments[0] as AnyNode | undefined);
      if (typeof name === 'string') (node.callee.name === 'use' ? uses : datasets).push(name);
    } else if (node.callee.name === 'view') {
      const input = inputOf(node.arguments[0] as AnyNode | undefined);
      if (input) {
        const name =
          parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier'
            ? parent.id.name
            : null;
        inputs.push({ cell, position: inputs.length, name, ...input });
      }
    }
  }
}

type InputFields = Pick<ParameterInfo, 'type' | 'label' | 'value' | 'range'>;

/** `Inputs.<type>(...)`, read as the runtime's `Inputs` reads its arguments (see runtime/inputs.ts). */
function inputOf(node: AnyNode | undefined): InputFields | null {
  if (!node || node.type !== 'CallExpression') return null;
  const call: CallExpression = node;
  const callee = call.callee;
  if (
    callee.type !== 'MemberExpression' ||
    callee.object.type !== 'Identifier' ||
    callee.object.name !== 'Inputs' ||
    callee.property.type !== 'Identifier'
  )
    return null;
  const type = callee.property.name === 'toggle' ? 'checkbox' : callee.property.name;
  const args = call.arguments.map((a) => literalValue(a as AnyNode));
  const known = (v: unknown) => (v === UNKNOWN ? undefined : v);
  const record = (v: unknown): Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  switch (type) {
    case 'range': {
      const extent = known(args[0]);
      const options = record(args[1]);
      const [min, max] = Array.isArray(extent) ? extent.map(num) : [];
      const step = num(options.step);
      let value = options.value === undefined ? undefined : num(options.value);
      if (options.value === undefined && min !== undefined && max !== undefined)
        value = step ? min + Math.round((max - min) / 2 / step) * step : (min + max) / 2;
      return {
        type,
        label: text(options.label),
        value: value ?? null,
        range: min !== undefined && max !== undefined ? [min, max] : null,
      };
    }
    case 'number': {
      const first = known(args[0]);
      const options: Record<string, unknown> = Array.isArray(first)
        ? { ...record(args[1]), min: first[0], max: first[1] }
        : record(args[0]);
      const min = num(options.min);
      const max = num(options.max);
      const value = options.value === undefined ? (min ?? 0) : (num(options.value) ?? null);
      return {
        type,
        label: text(options.label),
        value,
        range: min !== undefined || max !== undefined ? [min ?? null, max ?? null] : null,
      };
    }
    case 'select': {
      const choices = known(args[0]);
      const options = record(args[1]);
      const list = Array.isArray(choices) ? choices : null;
      const value =
        options.value !== undefined
          ? (known(options.value) ?? null)
          : args[1] === UNKNOWN
            ? null
            : (list?.[0] ?? null);
      return { type, label: text(options.label), value, range: list };
    }
    case 'text': {
      const options = record(args[0]);
      const value = options.value === undefined ? '' : (text(options.value) ?? null);
      return { type, label: text(options.label), value, range: null };
    }
    case 'checkbox': {
      const options = record(args[0]);
      const value =
        options.value === undefined
          ? false
          : typeof options.value === 'boolean'
            ? options.value
            : null;
      return { type, label: text(options.label), value, range: [false, true] };
    }
    default:
      return { type, label: null, value: null, range: null };
  }
}
