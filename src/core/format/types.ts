/**
 * The notebook as data: what `parse` returns and `serialize` takes.
 * A notebook file (`*.algo.md`) is YAML front matter followed by Markdown in which each
 * fenced block with the info string `js` is a code cell.
 */

import type { CsvDialect } from '../data/csv/types.ts';
import type { ImportSpec } from '../imports/types.ts';

/** Dataset formats the runtime can parse. */
export type DatasetFormat =
  'csv' | 'tsv' | 'json' | 'geojson' | 'arrow' | 'parquet' | 'xlsx' | 'xls';

/** Where a dataset came from on an open-data portal (issue 4). */
export interface DatasetPortal {
  kind: 'opendatasoft' | 'udata' | 'ckan';
  /** The portal's base URL, e.g. `https://opendata.paris.fr`. */
  base: string;
  /** The portal's dataset id (Opendatasoft `dataset_id`, udata id or slug, CKAN name). */
  dataset: string;
  /** The chosen resource (udata / CKAN resource id), when the portal has several. */
  resource?: string;
}

/** An Opendatasoft ODSQL query run by the portal before download. */
export interface DatasetQuery {
  select?: string;
  where?: string;
  group_by?: string;
  order_by?: string;
}

/** A column type a person may force instead of the inferred one. */
export type ColumnType = 'string' | 'number' | 'integer' | 'boolean' | 'date';

/** A dataset pinned by content hash; `url` may be relative to the notebook file. */
export interface DatasetSpec {
  url: string;
  format: DatasetFormat;
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: string;
  bytes?: number;
  /** SPDX id of the data licence, e.g. `etalab-2.0`, `ODbL-1.0`. */
  license?: string;
  source?: string;
  title?: string;
  /** ISO date (YYYY-MM-DD) the bytes were retrieved. */
  retrieved?: string;
  /** Other URLs that must serve the same bytes, tried in order after `url`; may be relative. */
  mirrors?: string[];
  portal?: DatasetPortal;
  query?: DatasetQuery;
  /** The portal's own last-modified stamp of the data when pinned (ISO). */
  modified?: string;
  /** Column types forced by the author, by column name; others are inferred. */
  columns?: Record<string, ColumnType>;
  /** How a csv/tsv file is written, as far as the author pinned it; detection fills the rest. */
  csv?: Partial<CsvDialect>;
  /** The sheet of a spreadsheet (`xlsx`, `xls`) to read, by name; the first when not given. */
  sheet?: string;
  /** Unknown keys are kept. */
  [key: string]: unknown;
}

/** The digest of one code cell's outputs in a published version (issue 5). */
export interface CellResult {
  /** The cell's number among the notebook's code cells, from 1. */
  cell: number;
  /** Lower-case hex SHA-256 of the cell's canonical outputs. */
  sha256: string;
  /** A short text of the cell's main value (what a reader sees), for indicators; optional. */
  value?: string;
}

/** Where a fork comes from. */
export interface ForkOf {
  id: string;
  version: number;
  /** SHA-256 of the origin version's canonical text. */
  sha256: string;
  url?: string;
}

/** The author-written part of the transparency card (issue 6); every key optional. */
export interface Transparency {
  purpose?: string;
  contribution?: string;
  automation?: string;
  legalBasis?: string;
  administration?: string;
  contact?: string;
  updated?: string;
  /** `development`, `in-use` or `retired` (issue 16). */
  status?: string;
  /** When it was first used: `YYYY-MM` or `YYYY-MM-DD`. */
  begin?: string;
  /** The public body responsible (`administration` is the service in charge). */
  organisation?: string;
  theme?: string;
  risks?: string;
  /** How a person reviews the algorithm's outcome before or after a decision. */
  humanReview?: string;
  [key: string]: unknown;
}

/** YAML front matter. Unknown keys are kept as they are. */
export interface FrontMatter {
  algobook: 1;
  id: string;
  title: string;
  summary?: string;
  authors?: unknown;
  /** SPDX id of the algorithm's licence. */
  license?: string;
  /** Null when the file has an empty `datasets:` line, waiting for entries. */
  datasets?: Record<string, DatasetSpec> | null;
  /** Set by publishing: the version number, from 1. */
  version?: number;
  /** Set by publishing: the ISO date-time of publication. */
  published?: string;
  /** Set by publishing: SHA-256 of the previous version's canonical text (or the fork origin's). */
  parent?: string;
  /** Set by publishing: the digest of each code cell's outputs. */
  results?: CellResult[];
  forkOf?: ForkOf;
  transparency?: Transparency;
  /**
   * Origins the notebook's cells may contact (`https://api.example.org`); without it, none.
   * Null when the file has an empty `network:` line.
   */
  network?: string[] | null;
  /** The language the notebook is written in (`fr`, `en`); exports default to it. */
  lang?: string;
  /**
   * Other notebooks this one imports, by the name its cells use (issue 14; see
   * `core/imports/types.ts`). Null when the file has an empty `imports:` line.
   */
  imports?: Record<string, ImportSpec> | null;
  [key: string]: unknown;
}

export interface CodeCell {
  kind: 'code';
  /** Stable within a session; not stored in the file. */
  id: string;
  source: string;
  /** Info-string options after `js`, kept verbatim, e.g. `echo=false`. Empty when none. */
  options: string;
}

export interface MarkdownCell {
  kind: 'markdown';
  id: string;
  source: string;
}

export type Cell = CodeCell | MarkdownCell;

export interface Notebook {
  front: FrontMatter;
  cells: Cell[];
}
