import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { chart } from './chart.ts';
import { Inputs } from './inputs.ts';
import { md } from './markdown.ts';

/** Names every cell can use without declaring them. */
export const BUILTIN_NAMES = [
  'aq',
  'op',
  'display',
  'md',
  'chart',
  'view',
  'Inputs',
  'dataset',
  'use',
] as const;

export type BuiltinName = (typeof BUILTIN_NAMES)[number];

const names: ReadonlySet<string> = new Set(BUILTIN_NAMES);

export function isBuiltin(name: string): name is BuiltinName {
  return names.has(name);
}

/** The builtins that depend on the run calling them (its outputs) or on the runtime. */
export interface RunBuiltins {
  /** Shows a value below the cell (any number of times) and returns it. */
  display(value: unknown): unknown;
  /** Shows an input and returns its current value. */
  view(input: unknown): unknown;
  /** A pinned dataset as an Arquero table, checked against its hash. */
  dataset(name: string): Promise<ColumnTable>;
  /**
   * The imported notebook `name`'s top-level names, as a frozen object, computed with
   * `overrides` replacing some of them (inputs or plain definitions).
   */
  use(name: unknown, overrides?: unknown): Promise<Readonly<object>>;
}

/** The value of builtin `name` for one run of a cell. */
export function builtinValue(name: BuiltinName, run: RunBuiltins): unknown {
  switch (name) {
    case 'aq':
      return aq;
    case 'op':
      return aq.op;
    case 'md':
      return md;
    case 'chart':
      return chart;
    case 'Inputs':
      return Inputs;
    case 'display':
      return run.display;
    case 'view':
      return run.view;
    case 'dataset':
      return run.dataset;
    case 'use':
      return run.use;
  }
}
