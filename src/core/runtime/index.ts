export { BUILTIN_NAMES, type BuiltinName } from './builtins.ts';
export { Chart, chart, MAX_CHART_ROWS } from './chart.ts';
export type { DatasetInfo } from './dataset-info.ts';
export { useCellEvaluator, type CellEvaluator } from './cell-evaluator.ts';
export { compileCell, locateInCell } from './compile.ts';
export type {
  CellEvent,
  CellEventListener,
  DatasetEvent,
  DatasetEventListener,
  RunnerEvent,
} from './events.ts';
export { InputView, Inputs, acceptInput } from './inputs.ts';
export { Markdown, md } from './markdown.ts';
export {
  NotebookRuntime,
  type CellSource,
  type RuntimeHost,
  type RuntimeOptions,
  type UpdateOptions,
} from './notebook-runtime.ts';
export * from './outputs.ts';
export { summarize, describe } from './summarize.ts';
export { FIRST_ROWS } from './table-registry.ts';
