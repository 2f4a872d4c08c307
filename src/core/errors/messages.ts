import { COLUMN_NOTES } from './column-notes.ts';
import { IMPORT_CELL_ERRORS } from './import-cells.ts';
import { IMPORT_FORMAT_REASONS, IMPORT_MESSAGES } from './import-messages.ts';

/**
 * The English text of every error code the core and the app give a person. A template's
 * `{name}` is replaced by the parameter `name`; the page has the same codes in French
 * (src/app/i18n/features/errors.fr.ts), and a test checks that both list every code.
 */

/** What the reader of a dataset says after "Dataset "x" could not be read as csv: ". */
export const DATASET_PARSE_REASONS = {
  'dataset-empty': 'the file is empty',
  'dataset-not-utf8':
    'the bytes are not UTF-8 text (perhaps Latin-1 or Windows-1252): save the file as UTF-8, or ask the portal for a UTF-8 export',
  'csv-unclosed-quote': 'the quoted field that starts on line {line} is never closed',
  'csv-more-fields':
    'line {line} has {fields} fields, more than the {expected} of the header (line {header})',
  'csv-fewer-fields':
    'line {line} has {fields} fields, fewer than the {expected} of the header (line {header})',
  'json-invalid': 'invalid JSON ({detail})',
  'json-not-array': 'expected an array of records ([{...}, ...])',
  'json-item-not-object': 'expected an array of records, but item {item} is not an object',
  'arrow-invalid': 'not Arrow IPC data ({detail})',
  'dataset-format-unknown':
    'unknown format; expected csv, tsv, json, geojson, arrow, parquet, xlsx or xls',
  'columns-missing': '`columns` names {missing}, not in the data; its columns are {columns}',
  'column-type': 'column "{column}" has a forced type, but {value} is not of that type',
  'column-type-row':
    'column "{column}" has a forced type, but on row {row} {value} is not of that type',
  'geojson-not-geojson':
    'not GeoJSON: expected a FeatureCollection ({"type": "FeatureCollection", "features": [...]})',
  'geojson-not-collection': 'expected a GeoJSON FeatureCollection, found type {type}',
  'geojson-not-feature': 'feature {item} is not a GeoJSON Feature',
  'geojson-properties': 'feature {item} has properties that are not an object',
  'parquet-invalid': 'not a Parquet file',
  'parquet-codec':
    'it is compressed with {codec}, which algobook does not read; export it as CSV, or as Parquet with Snappy, gzip, LZ4 or ZSTD',
  'parquet-damaged': 'the Parquet data is damaged',
  'xlsx-invalid': 'not an Excel workbook (.xlsx or .xls)',
  'xlsx-invalid-detail': 'not an Excel workbook that algobook reads ({detail})',
  'xlsx-encrypted':
    'the workbook is protected by a password; save a copy without a password and pin that one',
  'xlsx-too-large':
    'the workbook unzips to more than {limit} MB, more than algobook reads; export the sheet as CSV',
  'xlsx-too-many-cells':
    'sheet "{sheet}" has more than {limit} cells, more than algobook reads; export it as CSV',
  'xlsx-no-sheet': 'the workbook has no sheet',
  'xlsx-sheet-unknown': 'the workbook has no sheet "{sheet}"; its sheets are {sheets}',
  'xlsx-sheet-empty': 'sheet "{sheet}" is empty',
  'parser-unavailable': 'algobook could not load its {module} reader ({detail})',
  // Reasons of older callers, given as English text.
  'dataset-unreadable': '{reason}',
} as const;

export type DatasetParseCode = keyof typeof DATASET_PARSE_REASONS;

/** How every dataset reason starts, in English. */
export const DATASET_PARSE_PREFIX = 'Dataset "{dataset}" could not be read as {format}: ';

const datasetParse = Object.fromEntries(
  Object.entries(DATASET_PARSE_REASONS).map(([code, reason]) => [
    code,
    DATASET_PARSE_PREFIX + reason,
  ]),
) as Record<DatasetParseCode, string>;

/** Why a notebook file cannot be read, after "Line {line}: ". */
export const FORMAT_REASONS = {
  'format-no-front-matter':
    'a notebook starts with front matter: a line `---`, then `algobook: 1`, `id`, `title`, and a closing `---`',
  'format-front-unclosed': 'the front matter opened here is never closed by a line `---`',
  'format-fence-unclosed':
    'unclosed code fence opened here ({fence}); close it with a line {close}',
  'format-invalid-yaml': 'invalid YAML in the front matter: {detail}',
  'format-key-missing': 'the front matter needs `{key}` (text)',
  'format-key-empty': '`{key}` must not be empty',
  'format-key-not-text': '`{key}` must be text, not {value}',
  'format-empty': 'the front matter is empty; it needs `algobook: {version}`, `id` and `title`',
  'format-not-mapping': 'the front matter must be a YAML mapping (`key: value` lines)',
  'format-version-missing': 'the front matter needs `algobook: {version}` (the format version)',
  'format-version-unsupported':
    'unsupported format version `algobook: {value}`; this algobook reads version {version}',
  'format-transparency-not-mapping':
    '`transparency` must be a mapping of {keys} to text, not {value}',
  'format-date-not-text':
    '`{key}` must be text, not {value} (write the date as text, e.g. "2026-11-25")',
  'format-status-value': '`transparency.status` must be one of {allowed}, not {value}',
  'format-begin-not-month':
    '`transparency.begin` must be a month or a day that exists, written 2024-03 or 2024-03-15, not {value}',
  'format-not-whole': '`{key}` must be a whole number from 1, not {value}',
  'format-not-date-time':
    '`{key}` must be an ISO date or date-time such as 2026-11-26T09:30:00Z, not {value}',
  'format-parent-not-sha256':
    '`parent` must be the sha256 of the previous version: 64 lower-case hexadecimal digits, not {value}',
  'format-not-sha256': '`{key}` must be 64 lower-case hexadecimal digits, not {value}',
  'format-fork-not-mapping': '`forkOf` must be a mapping with `id`, `version` and `sha256`',
  'format-fork-id': "`forkOf` needs the origin's `id` (text)",
  'format-results-not-list': '`results` must be a list of `{cell, sha256}` entries',
  'format-result-not-mapping': '`results` entry {entry} must be a mapping with `cell` and `sha256`',
  'format-result-cell':
    "`results` entry {entry} needs `cell`: the code cell's number from 1, not {value}",
  'format-result-twice': '`results` entry {entry}: cell {cell} is listed twice',
  'format-result-sha256':
    '`results` entry {entry} needs `sha256`: 64 lower-case hexadecimal digits, not {value}',
  'format-result-value': '`results` entry {entry} has `value` {value}; expected text',
  'format-network-not-list':
    '`network` must be a list of origins, e.g. `network: [https://api.example.org]`, not {value}',
  'format-network-twice': '`network` lists {origin} twice',
  'format-origin-not-text':
    '`network` entry {value} must be text, an origin such as https://api.example.org',
  'format-origin-wildcard':
    '`network` entry {value} has a wildcard; list each origin the notebook contacts',
  'format-origin-not-address':
    '`network` entry {value} is not an address; write an origin such as https://api.example.org',
  'format-origin-not-http': '`network` entry {value} is not an http(s) origin',
  'format-origin-credentials': '`network` entry {value} must not carry a user name or password',
  'format-origin-path':
    '`network` entry {value} must be an origin only, without a path: write {origin}',
  'format-origin-spelling':
    '`network` entry {value} must be written as a browser names it: {origin}',
  'format-datasets-not-mapping':
    '`datasets` must map each dataset name to its `url`, `format` and `sha256`',
  'format-dataset-no-name': 'a dataset needs a name',
  'format-dataset-not-mapping':
    'dataset "{dataset}" must be a mapping with `url`, `format` and `sha256`',
  'format-dataset-no-url': 'dataset "{dataset}" needs a `url` (text)',
  'format-dataset-no-format': 'dataset "{dataset}" needs a `format`: one of {formats}',
  'format-dataset-format': 'dataset "{dataset}" has format {value}; expected one of {formats}',
  'format-dataset-no-sha256':
    'dataset "{dataset}" needs a `sha256`: 64 lower-case hexadecimal digits',
  'format-dataset-sha256':
    'dataset "{dataset}" has sha256 {value}; expected 64 lower-case hexadecimal digits',
  'format-dataset-not-number': 'dataset "{dataset}" has {key} {value}; expected a number',
  'format-dataset-not-text': 'dataset "{dataset}" has {key} {value}; expected text',
  'format-dataset-mirrors': 'dataset "{dataset}" has mirrors {value}; expected a list of URLs',
  'format-dataset-mirror': 'dataset "{dataset}" has mirror {index} {value}; expected a URL (text)',
  'format-dataset-portal':
    'dataset "{dataset}" has portal {value}; expected a mapping with `kind`, `base` and `dataset`',
  'format-dataset-portal-no-kind':
    'dataset "{dataset}" has a portal without `kind`: one of {kinds}',
  'format-dataset-portal-kind':
    'dataset "{dataset}" has portal kind {value}; expected one of {kinds}',
  'format-dataset-portal-missing': 'dataset "{dataset}" has a portal without `{key}` (text)',
  'format-dataset-query':
    'dataset "{dataset}" has query {value}; expected a mapping with some of {keys}',
  'format-dataset-query-key': 'dataset "{dataset}" has query key "{key}"; expected some of {keys}',
  'format-dataset-columns':
    'dataset "{dataset}" has columns {value}; expected a mapping from column names to a type ({types})',
  'format-dataset-column-type':
    'dataset "{dataset}" has column "{column}" of type {value}; expected one of {types}',
  'format-dataset-csv':
    'dataset "{dataset}" has csv {value}; expected a mapping with some of {keys}',
  'format-dataset-csv-key': 'dataset "{dataset}" has csv key "{key}"; expected some of {keys}',
  'format-dataset-csv-value':
    'dataset "{dataset}" has csv {key} {value}; expected one of {allowed}',
  'format-dataset-sheet':
    'dataset "{dataset}" has sheet {value}; expected the name of a sheet (text of at most {max} characters)',
  'format-duplicate-front-key':
    'duplicate front matter key "{key}" (first defined on line {first})',
  'format-duplicate-dataset': 'duplicate dataset name "{key}" (first defined on line {first})',
  'format-duplicate-key': 'duplicate key "{key}" (first defined on line {first})',
  ...IMPORT_FORMAT_REASONS,
  // Reasons not given a code of their own yet.
  'format-invalid': '{reason}',
} as const;

export type FormatCode = keyof typeof FORMAT_REASONS;

/** How every notebook file reason starts, in English. */
export const FORMAT_PREFIX = 'Line {line}: ';

const formatReasons = Object.fromEntries(
  Object.entries(FORMAT_REASONS).map(([code, reason]) => [code, FORMAT_PREFIX + reason]),
) as Record<FormatCode, string>;

export const ERROR_MESSAGES = {
  // Cells that fail before their code runs (cell-plan.ts)
  'cell-stopped': 'This cell was stopped; run it again to restart it.',
  // The page's own check of what a runner reports (src/app/session/page-digests.ts)
  'digest-mismatch':
    'What this page shows of this cell is not what its runner reported (its digest differs): the notebook’s code tampered with its runner.',
  // The page's own verdict on a cell whose runner died under it (src/app/session/crashed-cells.ts)
  'runner-crashed':
    'The cell runner stopped while this cell ran, most likely because it used too much memory. The page is fine; restart the runner to run the notebook again (this cell waits until you run it again).',
  'duplicate-definition': '{name} is defined more than once (cells {cells})',
  'undefined-name': '{name} is not defined',
  'circular-definition': "circular definition: cells {cells} read each other's names",
  'input-failed': 'input "{input}" failed: {message}',
  'too-deep':
    'This cell is nested too deeply to analyse: split its longest expression into several steps (intermediate constants)',
  'too-deep-to-compile':
    'This cell is nested too deeply to compile: split its longest expression into several steps (intermediate constants)',

  // Syntax errors (the analysis, after acorn's messages)
  // Any other message of acorn's or the engine's: where, in words of ours; its text as `detail`.
  'syntax-error': 'this code is not valid JavaScript at line {line}, column {column}',
  'syntax-engine': 'the JavaScript engine cannot compile this cell',
  'syntax-unexpected-token': 'Unexpected token',
  'syntax-unexpected-character': "Unexpected character '{char}'",
  'syntax-unterminated-string': 'Unterminated string constant',
  'syntax-unterminated-template': 'Unterminated template',
  'syntax-unterminated-comment': 'Unterminated comment',
  'syntax-already-declared': "Identifier '{name}' has already been declared",
  'syntax-unexpected-keyword': "Unexpected keyword '{word}'",
  'syntax-import':
    '{word} is not supported in cells yet; the builtins {builtins} are in scope, and top-level declarations are shared with other cells',

  // The runner and its sandbox
  'runner-stopped': 'The cell runner was stopped.',
  'runner-request-failed': 'The cell runner could not answer.',
  'runner-worker-error':
    'The cell runner failed outside any cell (an error no cell caught); run the notebook again.',
  'runner-start-timeout': 'The cell runner did not start within {seconds} s.',
  'network-blocked-any':
    'This notebook cannot contact other sites: cells have no network access, except to the origins a notebook declares in its front matter (`network:`). Data comes through dataset(): pin the dataset in the front matter and read it with dataset(name).',
  'network-blocked':
    'This notebook cannot contact {origin}: cells have no network access, except to the origins a notebook declares in its front matter (`network:`). Data comes through dataset(): pin the dataset in the front matter and read it with dataset(name).',

  // Imports in cells: the analysis and the runtime
  ...IMPORT_CELL_ERRORS,

  // Builtins misused by a cell
  'unknown-dataset': 'Unknown dataset "{name}"; this notebook pins: {known}.',
  'no-datasets':
    'Unknown dataset "{name}": this notebook pins no datasets (list them under "datasets:" in its front matter).',
  'view-not-input': 'view() expects an input, e.g. view(Inputs.range([0, 10], {label: "n"}))',
  'inputs-range-extent':
    'Inputs.range expects [min, max] with finite numbers, min ≤ max, e.g. Inputs.range([0, 100])',
  'inputs-select-options':
    'Inputs.select expects a non-empty array of strings or numbers, e.g. Inputs.select(["a", "b"])',
  'inputs-select-value': 'Inputs.select: the value {value} is not one of the options',
  'inputs-text-value': 'Inputs.text: value must be a string',
  'inputs-checkbox-value': 'Inputs.checkbox: value must be true or false',
  'inputs-not-number': '{what} must be a finite number',
  'chart-not-spec':
    'chart() expects a Vega-Lite spec object, e.g. chart({data: table, mark: "bar", encoding: {...}})',
  'chart-not-plain': 'chart(): the spec must be plain data (no functions or class instances)',
  'chart-too-many-rows':
    'chart(): the data has {rows} rows, more than the {max} a chart can show; aggregate it first (e.g. table.groupby(...).rollup(...)) or sample it (table.sample(10000))',

  // Dataset bytes
  ...datasetParse,
  ...COLUMN_NOTES,
  'dataset-changed':
    'Dataset "{dataset}" does not match its pinned hash: expected sha256 {expected}, got {actual}. The file changed since it was pinned: restore the original file or re-pin the dataset.',
  'dataset-changed-at':
    'Dataset "{dataset}" does not match its pinned hash: expected sha256 {expected}, got {actual}. {url} serves bytes that changed since the dataset was pinned: restore the original file or re-pin the dataset.',

  // No URL could serve a dataset: the reason is the source's failure, worded from `cause`.
  'dataset-unavailable': 'Dataset "{dataset}" could not be loaded. {reason}',
  // A local file (relative URL) of a notebook that has no location: only this browser has it.
  'dataset-local-missing':
    'Dataset "{dataset}" reads the file "{file}", which is not in this browser. Choose the file in the data panel: it is checked against its pin.',
  // The person pressed Cancel while the runner read the bytes into a table (core/runtime/datasets.ts).
  'parse-cancelled': 'Reading “{dataset}” was cancelled.',

  // Notebook files
  ...formatReasons,

  // Imports (issue 14)
  ...IMPORT_MESSAGES,

  // Downloads (`DownloadError`, reason after `download-`)
  'download-unreachable':
    'could not reach {url}: the host does not answer (check the address and the network).',
  'download-cors':
    '{url} refuses requests from other sites (it sends no CORS headers), so the browser cannot read it. Download the file yourself and load it as a local file.',
  'download-http': '{url} answered {status}.',
  'download-not-found': '{url} does not exist (404): the file may have moved.',
  'download-too-large':
    '{url} is too large ({size} MB; the limit is {limit} MB); use a portal query to reduce it (select fewer columns, filter rows, or group them).',
  'download-cancelled': 'The download of {url} was cancelled.',
  'download-html':
    '{url} is not there: the host answered with a web page (HTML) instead of the data.',

  // Open-data portals (`PortalError`, reason after `portal-`)
  'portal-unreachable': 'The portal at {url} does not answer.',
  'portal-cors': '{url} does not let other sites read it (no CORS headers).',
  'portal-not-api': '{url} does not answer as this kind of portal.',
  'portal-not-found': 'No such dataset at {url}.',
  'portal-query': 'The portal refused the query: {detail}',
  'portal-http': '{url} answered {status}.',
  'portal-cancelled': 'The request to {url} was cancelled.',

  // Versions and their chain (`ChainProblem`; the command line says more, with the hashes)
  'version-tampered':
    'Version {version} was modified: its SHA-256 is {actual}…, the published one is {expected}….',
  'version-broken-parent':
    'Version {version} does not name the previous version’s text as its parent.',
  'version-duplicate': 'Version {version} is listed more than once.',
  'version-missing': 'Version {version} is missing.',
  'version-wrong-number': 'Version {version} says it is version {actual}.',
  'version-unreadable': 'Version {version} is not a valid notebook.',

  // Browser storage
  'storage-full':
    "Your browser's storage is full: this change is not saved. Free space (e.g. delete old drafts) or export the notebook.",
  'storage-closed':
    'algobook was updated in another tab: this change is not saved. Export the notebook or copy your text, then reload this page.',
  'storage-failed':
    'Your browser could not save this change ({detail}). The last saved version is intact; keep this tab open and try again, or export the notebook.',
} as const;

/** Every code of the catalogue. */
export type ErrorCode = keyof typeof ERROR_MESSAGES;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_MESSAGES, code);
}

/**
 * Joins the items of a list parameter. Params are plain strings, so a list travels as its items
 * joined by this control character, and each language joins them its own way ("2 and 5",
 * "2 et 5").
 */
export const LIST_SEPARATOR = '\u001f';

/** A list as one parameter value. */
export function listParam(items: readonly string[]): string {
  return items.map((item) => item.replaceAll(LIST_SEPARATOR, ' ')).join(LIST_SEPARATOR);
}

/** The items of a list parameter. */
export function listItems(value: string): string[] {
  return value.split(LIST_SEPARATOR);
}

/** "a", "a and b", "a, b and c". */
function englishList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

// Made on first use: the first `Intl.NumberFormat` of a page loads the locale's data, a few
// milliseconds (more on a busy machine) the page's first chunks need not spend (issue 15).
let english: Intl.NumberFormat | undefined;

/**
 * Replaces each `{name}` of `template` by its parameter, numbers and lists worded by the given
 * functions (English by default); unknown placeholders stay visible.
 */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, string | number>>,
  format: { number?: (n: number) => string; list?: (items: string[]) => string } = {},
): string {
  const number =
    format.number ?? ((n: number) => (english ??= new Intl.NumberFormat('en-US')).format(n));
  const list = format.list ?? englishList;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) return placeholder;
    if (typeof value === 'number') return number(value);
    return value.includes(LIST_SEPARATOR) ? list(listItems(value)) : value;
  });
}

/** What a dataset's reader says is wrong, in English, without the prefix naming the dataset. */
export function datasetReason(
  code: DatasetParseCode,
  params: Readonly<Record<string, string | number>>,
): string {
  return fillTemplate(DATASET_PARSE_REASONS[code], params);
}

/** Why a notebook file cannot be read, in English, without the line. */
export function formatReason(
  code: FormatCode,
  params: Readonly<Record<string, string | number>>,
): string {
  return fillTemplate(FORMAT_REASONS[code], params);
}

/** The English sentence of an error code; a code outside the catalogue reads as itself. */
export function englishMessage(
  code: string,
  params: Readonly<Record<string, string | number>>,
): string {
  return isErrorCode(code) ? fillTemplate(ERROR_MESSAGES[code], params) : code;
}
