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
  sourcesOf,
  unreachableOrCors,
  type DownloadOptions,
  type DownloadProgress,
  type DownloadResult,
  type FetchFn,
} from './download.ts';
export { DownloadError, megabytes, type DownloadFailureReason } from './download-error.ts';
