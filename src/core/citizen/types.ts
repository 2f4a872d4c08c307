import type { AlgorithmStatus } from '../format/transparency.ts';

/** What the citizen views show of a notebook: its graph, a result's chain, its card (issue 6). */

/** A node's role: data in, a person's setting, a step, or a result the author marks as key. */
export type NodeKind = 'dataset' | 'parameter' | 'cell' | 'indicator';

export interface GraphNode {
  /** `dataset:<name>` or `cell:<index>` (index in `notebook.cells`, from 0). */
  id: string;
  kind: NodeKind;
  /**
   * What a person reads: the dataset's name; an indicator's title, a parameter's input labels,
   * else the heading of the cell's section (`cellLabel`).
   */
  label: string;
  /** The names a cell defines (a parameter's inputs), shown second; empty for a dataset. */
  names: string;
  /** For cell nodes (parameter, cell, indicator): the cell's index in `notebook.cells`. */
  cell?: number;
  /** For dataset nodes: the dataset's name in the front matter. */
  dataset?: string;
  /** For a node of an imported notebook: its group's id (`CellGraph.groups`); `cell` is then unset. */
  group?: string;
  /** For a node of an imported notebook: the cell of this notebook whose chain goes through it. */
  opens?: number;
  /** Column, from 0 on the left: the length of the longest path from a source to the node. */
  layer: number;
  /** Row within the layer, from 0 at the top (rows of long edges passing through count). */
  order: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  /** The names the target reads from the source (the dataset's name for a dataset). */
  names: string[];
  /** For an edge across several columns: the lane it takes in each column between. */
  via?: { layer: number; order: number }[];
}

export interface CellGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Node ids by layer, each in its drawing order. */
  layers: string[][];
  /** Each imported notebook the graph goes into, drawn as a labelled box around its nodes. */
  groups: GraphGroup[];
}

/** An imported notebook in the graph (issue 14). */
export interface GraphGroup {
  /** `import:<name>` (`import:atmo/pm` for the import `pm` of `atmo`). */
  id: string;
  /** The import names from this notebook down. */
  path: string[];
  /** What a reader calls it: its title. */
  label: string;
  /** Its nodes' ids. */
  nodes: string[];
}

/** An `Inputs.*` input read with `view()`, as written in the code. */
export interface ParameterInfo {
  /** The cell that shows it (index in `notebook.cells`). */
  cell: number;
  /** Its position among the cell's `view()` calls, from 0: the runtime's `<cellId>:<n>`. */
  position: number;
  /** The name it is assigned to (`const threshold = view(...)`), or null. */
  name: string | null;
  /** `range`, `number`, `select`, `text`, `checkbox`. */
  type: string;
  label: string | null;
  /** The default value as written (or as the input computes it), null when the code computes it. */
  value: unknown;
  /** `[min, max]` for numbers, the options for a select, `[false, true]` for a checkbox, else null. */
  range: unknown[] | null;
}

export interface ChainStep {
  /** Index in `notebook.cells`. */
  cell: number;
  /** The Markdown just before the cell, or null when another code cell precedes it. */
  prose: string | null;
  source: string;
  kind: NodeKind;
  /** The names the cell defines for the next steps. */
  defines: string[];
  /** A key result's title (`indicator title="..."`), if given. */
  title: string | null;
  /** The author's heading of the section the cell is in, else the notebook's title (`sectionOf`). */
  section: string | null;
  /**
   * For a step in an imported notebook (issue 14): the import names from this notebook down
   * (`["atmo"]`) and what a reader calls that notebook; `cell` is then its index there.
   */
  from?: { path: string[]; label: string };
}

export interface Chain {
  /** The cells the output depends on, in an order they can run in, ending with the cell itself. */
  steps: ChainStep[];
  /** Datasets read along the chain, by name, in order of first use. */
  datasets: string[];
  /** Inputs read along the chain. */
  parameters: ParameterInfo[];
}

/** The transparency card, as `algobook card --json` prints it: every key present, null if unknown. */
export interface TransparencyCard {
  purpose: string | null;
  contribution: string | null;
  automation: string | null;
  legalBasis: string | null;
  administration: string | null;
  data: {
    name: string;
    title: string | null;
    source: string | null;
    license: string | null;
    sha256: string | null;
    retrieved: string | null;
    url: string | null;
  }[];
  /**
   * The algorithms this one relies on (issue 14): each import, by the name its cells use, with
   * its title (the importer's, else the imported notebook's own), its published version when the
   * import was resolved and the notebook says it, its pinned sha256 and its URL (the http(s)
   * address its bytes came from once resolved, else as pinned).
   */
  algorithms: {
    name: string;
    title: string | null;
    version: number | null;
    sha256: string;
    url: string;
  }[];
  parameters: {
    name: string | null;
    label: string | null;
    value: unknown;
    range: unknown[] | null;
  }[];
  /** Each step: its cell (from 0), its name as a reader says it (`stepName`), its prose. */
  operations: { cell: number; name: string | null; prose: string | null }[];
  contact: string | null;
  updated: string | null;
  /** Issue 16's fields, for the public registers; null where the author wrote nothing. */
  status: AlgorithmStatus | null;
  /** `YYYY-MM` or `YYYY-MM-DD`. */
  begin: string | null;
  organisation: string | null;
  theme: string | null;
  risks: string | null;
  humanReview: string | null;
}
