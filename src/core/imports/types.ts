/**
 * Imports (issue 14): a notebook pins another published notebook by the SHA-256 of its file's
 * bytes and uses its names, either as they are (`import {a, b as c} from "name"`) or recomputed
 * with some names replaced (`use("name", {x: 1})`). These are the shapes every part shares:
 * the front matter (`format/imports.ts`), the resolver that fetches and checks the imported
 * files (`imports/resolve.ts`, page and command line alike), and the runtime that runs them as
 * modules of their own (`runtime/`).
 */
import type { CellSource } from '../runtime/notebook-runtime.ts';
import type { DatasetSpec, Notebook } from '../format/types.ts';
import type { WireError } from '../errors/index.ts';

/** One entry of the front matter's `imports:` mapping. Unknown keys are kept. */
export interface ImportSpec {
  /** The imported `*.algo.md` file; may be relative to the importing notebook. */
  url: string;
  /** Lower-case hex SHA-256 of the imported file's bytes. */
  sha256: string;
  /** Shown to readers ("Uses: …"); the imported notebook's own title when absent. */
  title?: string;
  /** Other URLs that must serve the same bytes, tried in order after `url`; may be relative. */
  mirrors?: string[];
  [key: string]: unknown;
}

/**
 * An import fetched, checked against its pin and parsed, with its own imports resolved the same
 * way (a cycle is an error, never a tree). Made by `resolveImports` on the page and in the CLI.
 */
export interface ResolvedImport {
  /** The import's name in the notebook that imports it (`atmo`). */
  name: string;
  /** The entry as the importer pinned it. */
  spec: ImportSpec;
  /** The absolute URL (or file path, in the CLI) the checked bytes came from: the base of its own relative URLs. */
  url: string;
  /** The file's text, exactly as hashed. */
  text: string;
  /** The text, parsed. */
  notebook: Notebook;
  /** Its own imports, by name. */
  imports: Record<string, ResolvedImport>;
}

/**
 * What the runtime needs of an imported notebook, and all that crosses to the worker: plain
 * data (structured-clone safe). `importSource` in `imports/module-source.ts` makes it.
 */
export interface ImportedModuleSource {
  /** The pinned SHA-256: the module is rebuilt only when it changes. */
  sha256: string;
  /** How messages name the imported notebook to a person: the spec's title, else its own title, else the import's name. */
  label: string;
  /** Its code cells in page order (ids unique within this module). */
  cells: CellSource[];
  /** Its pinned datasets, each `url` and `mirrors` made absolute against the module's URL. */
  datasets: Record<string, DatasetSpec>;
  /** Its own imports, by name. */
  imports: Record<string, ImportedModuleSource>;
}

/**
 * Where a dataset or module sits in the tree of imports: the import names from the open
 * notebook down (`[]` is the open notebook itself, `["atmo", "pm"]` the import `pm` of `atmo`).
 */
export type ImportPath = readonly string[];

/**
 * An import that could not be resolved (unreachable, wrong hash, malformed, a cycle): the rest of
 * the notebook still runs, and the cells that read the import fail with `error`.
 */
export interface FailedImport {
  name: string;
  spec: ImportSpec;
  /** An `AlgobookError` (a stable code and its parameters), as it crosses ports. */
  error: WireError;
}

/** What resolving one `imports:` entry gives. */
export type ImportEntry = ResolvedImport | FailedImport;

/** What the runtime gets for one import: a module to build, or the error its readers fail with. */
export type ModuleEntry =
  ImportedModuleSource | { sha256: string; label: string; error: WireError };

/** The bytes at one absolute URL (the resolver tries `url`, then each mirror, and checks the hash itself). */
export type ImportLoader = (url: string, signal?: AbortSignal) => Promise<Uint8Array>;

/** A content-addressed store of imported files, next to the datasets' (IndexedDB on the page). */
export interface ImportCache {
  get(sha256: string): Promise<Uint8Array | undefined>;
  put(sha256: string, bytes: Uint8Array, url: string): Promise<void>;
}
