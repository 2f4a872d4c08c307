/**
 * The notebook as data: what `parse` returns and `serialize` takes.
 * A notebook file (`*.algo.md`) is YAML front matter followed by Markdown in which each
 * fenced block with the info string `js` is a code cell.
 */

/** Dataset formats the runtime can parse. */
export type DatasetFormat = 'csv' | 'tsv' | 'json' | 'arrow';

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
  /** Later issues add keys (mirrors, portal, query...); unknown keys are kept. */
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
