/** Types of the publishing core (issue 5): versions, results, diffs, catalogs and exports. */
import type { TransparencyCard } from '../citizen/types.ts';
import type { ImportEntry } from '../imports/types.ts';
import type { CellResult, ForkOf, Notebook } from '../format/types.ts';
import type {
  ChartOutput,
  ColumnInfo,
  ErrorOutput,
  InputOutput,
  MarkdownOutput,
  ValueOutput,
} from '../runtime/outputs.ts';

/** A version as the chain checks see it: its number and its text exactly as published. */
export interface VersionText {
  version: number;
  text: string;
  /** The sha256 it is listed under (catalog, browser store); compared with the text's own. */
  sha256?: string;
}

/** What {@link freezeVersion} needs besides the draft. */
export interface FreezeOptions {
  /** The latest published version of this notebook; absent for version 1. */
  previous?: { sha256: string; version: number };
  /** For a fork: where it comes from. Its `sha256` becomes `parent` of the fork's version 1. */
  forkOf?: ForkOf;
  /** The author's publish message (kept in the front matter as `message`, covered by the hash). */
  message: string;
  /** The digest of each code cell's outputs: `NotebookRuntime.digests()`. */
  results: CellResult[];
  /** The publication time; its UTC ISO form (to the second) is written. */
  now: Date;
}

/** A frozen version: its canonical text, that text's sha256 (its identity), and the notebook. */
export interface FrozenVersion {
  text: string;
  sha256: string;
  notebook: Notebook;
}

export type { ChainProblem, ChainProblemKind } from './chain-problem.ts';

/** One cell whose digest differs from the published one. */
export interface ResultDifference {
  cell: number;
  /** `changed`: both have it; `missing`: published but not produced now; `extra`: the reverse. */
  kind: 'changed' | 'missing' | 'extra';
  published?: CellResult;
  actual?: CellResult;
}

/** One line of a line diff. */
export interface LineChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** One row of a cell-aligned diff. `a`/`b` are the cell's index in each notebook (from 0). */
export type CellDiff =
  | { kind: 'same'; cellKind: 'code' | 'markdown'; a: number; b: number; source: string }
  | { kind: 'added'; cellKind: 'code' | 'markdown'; b: number; source: string }
  | { kind: 'removed'; cellKind: 'code' | 'markdown'; a: number; source: string }
  | {
      kind: 'changed';
      cellKind: 'code' | 'markdown';
      a: number;
      b: number;
      lines: LineChange[];
      /** For code cells whose options (after `js`) changed. */
      options?: { before: string; after: string };
    };

/** A dataset added, removed or changed between two versions; `fields` names what changed. */
export interface DatasetChange {
  name: string;
  kind: 'added' | 'removed' | 'changed';
  /** For `changed`: the spec keys whose values differ, e.g. `['sha256', 'license']`. */
  fields: string[];
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** An `Inputs.*` parameter added, removed or changed; `name` is its variable or label. */
export interface ParameterChange {
  name: string;
  kind: 'added' | 'removed' | 'changed';
  /** The `Inputs.…(…)` call as written. */
  before?: string;
  after?: string;
}

/** A top-level front-matter key (other than the publish keys and datasets) that changed. */
export interface FrontChange {
  key: string;
  before: unknown;
  after: unknown;
}

export interface NotebookDiff {
  cells: CellDiff[];
  datasets: DatasetChange[];
  parameters: ParameterChange[];
  /** The algorithm's licence, when it changed. */
  license?: { before?: string; after?: string };
  /** Other front-matter keys that changed (title, summary, authors...). */
  front: FrontChange[];
  /** True when nothing at all differs. */
  same: boolean;
}

/** A table output as exports need it: the rows to show (the first ones) as objects. */
export interface ExportTable {
  kind: 'table';
  numRows: number;
  columns: ColumnInfo[];
  /** The first rows (exports show at most {@link EXPORT_ROWS}); values as Arquero gives them. */
  rows: Record<string, unknown>[];
}

/** One output of a code cell, as exports take it (the CLI's report, or the page's state). */
export type ExportOutput =
  ValueOutput | ChartOutput | MarkdownOutput | InputOutput | ErrorOutput | ExportTable;

/** Each code cell's outputs, by cell id (`notebook.cells[i].id`). Missing: not run. */
export type OutputsByCell = ReadonlyMap<string, readonly ExportOutput[]>;

export interface HtmlExportOptions {
  /** The transparency card (`deriveCard`), shown as the app shows it when given. */
  card?: TransparencyCard;
  /** The sha256 of the notebook's canonical text; computed when absent. */
  sha256?: string;
  /** `lang` of the page; `en` by default (the notebook's own words are not translated). */
  lang?: 'en' | 'fr';
  /** The notebook's resolved imports (issue 14), whose cells are inlined before its own. */
  imports?: Readonly<Record<string, ImportEntry>>;
  /** The footer's words: `footer` (this page runs nothing) by default. */
  footer?: 'footer' | 'livePageFooter';
}

/** One published version in a catalog. `path` is relative to the catalog file. */
export interface CatalogVersion {
  version: number;
  sha256: string;
  published: string;
  message: string;
  path: string;
}

export interface CatalogEntry {
  id: string;
  title: string;
  summary?: string;
  license?: string;
  /** The latest version number. */
  latest: number;
  versions: CatalogVersion[];
  forkOf?: ForkOf;
  /** Forks of this notebook published to the same site. */
  forks?: { id: string; version: number }[];
  /** The language of the text (its `lang` key), when it says. */
  lang?: string;
  /** The id of the notebook this one translates (its `translationOf` key): another text, same computation. */
  translationOf?: string;
}

/** `catalog.json` at the root of a site. */
export interface Catalog {
  algobook: 1;
  notebooks: CatalogEntry[];
}
