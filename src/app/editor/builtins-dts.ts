/** Type declarations of the cell builtins, for the editor's completions (not checked at run time). */
export const BUILTINS_DTS = `
interface ArqueroTable {
  numRows(): number; numCols(): number; columnNames(): string[];
  filter(predicate: string | ((d: any, $?: any) => boolean)): ArqueroTable;
  derive(values: Record<string, string | ((d: any, $?: any) => any)>): ArqueroTable;
  select(...columns: any[]): ArqueroTable;
  groupby(...keys: any[]): ArqueroTable;
  rollup(values: Record<string, string | ((d: any) => any)>): ArqueroTable;
  orderby(...keys: any[]): ArqueroTable;
  join(other: ArqueroTable, on?: any, values?: any, options?: any): ArqueroTable;
  join_left(other: ArqueroTable, on?: any): ArqueroTable;
  params(values: Record<string, unknown>): ArqueroTable;
  slice(start?: number, end?: number): ArqueroTable;
  objects(options?: { limit?: number; offset?: number }): Record<string, any>[];
  get(column: string, row?: number): any;
  array(column: string): any[];
  count(options?: { as?: string }): ArqueroTable;
  rename(map: Record<string, string>): ArqueroTable;
  ungroup(): ArqueroTable;
}
/** Arquero: tables and verbs. */
declare const aq: {
  table(columns: Record<string, any[]>): ArqueroTable;
  from(rows: Record<string, any>[]): ArqueroTable;
  fromCSV(text: string, options?: { delimiter?: string; parse?: Record<string, (v: string) => any> }): ArqueroTable;
  fromJSON(json: string | object): ArqueroTable;
  escape(fn: (...args: any[]) => any): any;
  desc(column: string): any;
  op: typeof op;
  [name: string]: any;
};
/** Arquero's operations for expressions: op.sum, op.mean, op.max... */
declare const op: { sum(x: any): number; mean(x: any): number; min(x: any): any; max(x: any): any; count(): number; median(x: any): number; round(x: number): number; [name: string]: any };
/** The pinned dataset \`name\` of the front matter, checked against its sha256, as an Arquero table. */
declare function dataset(name: string): Promise<ArqueroTable>;
/** Displays a value below the cell (any number of times); returns it. */
declare function display<T>(value: T): T;
/** Markdown output: md\`# Title \${value}\`, or md("text"). */
declare function md(strings: TemplateStringsArray | string, ...values: unknown[]): unknown;
/** A Vega-Lite chart; \`data\` may be an Arquero table. */
declare function chart(spec: Record<string, any> & { data?: ArqueroTable | { values: any[] } }): unknown;
/**
 * The notebook imported as \`name\` (its \`imports:\` entry), computed with some of its names
 * replaced (its inputs or plain definitions): an object of its top-level names.
 */
declare function use(name: string, overrides?: Record<string, unknown>): Promise<Record<string, any>>;
/** Shows an input and returns its current value; cells that read the value re-run when it changes. */
declare function view<T>(input: { value: T }): T;
declare const Inputs: {
  range(extent: [number, number], options?: { label?: string; value?: number; step?: number }): { value: number };
  select<T extends string | number>(options: T[], options2?: { label?: string; value?: T }): { value: T };
  number(options?: { label?: string; value?: number; min?: number; max?: number; step?: number }): { value: number };
  number(extent: [number, number], options?: { label?: string; value?: number; step?: number }): { value: number };
  text(options?: { label?: string; value?: string; placeholder?: string }): { value: string };
  checkbox(options?: { label?: string; value?: boolean }): { value: boolean };
  toggle(options?: { label?: string; value?: boolean }): { value: boolean };
};
`;
