export { DatasetHashMismatch, DatasetParseError } from './errors.ts';
export { parseDataset, type ParseOptions } from './parse-dataset.ts';
export { readDataset } from './read-dataset.ts';
export { sha256Hex } from './sha256.ts';
export { checkCsv, type CsvProblem } from './csv-check.ts';
export {
  applyColumnTypes,
  COLUMN_TYPES,
  ColumnTypeError,
  converter,
  inferColumnTypes,
  type ColumnInfo,
  type InferredColumnType,
} from './column-types.ts';
export {
  DEFAULT_MAX_BYTES,
  download,
  DownloadMismatch,
  unreachableOrCors,
  type DownloadOptions,
  type Mismatch,
  type SourceFailure,
  type DownloadProgress,
  type DownloadResult,
  type FetchFn,
} from './download.ts';
export { ByteBudget } from './byte-budget.ts';
export { sourcesOf, type Source } from './sources.ts';
export { DownloadError, megabytes, type DownloadFailureReason } from './download-error.ts';
