import {
  AlgobookError,
  datasetReason,
  type DatasetParseCode,
  type ErrorParams,
} from '../../errors/index.ts';

/**
 * Why bytes could not be read as CSV, before anyone named the dataset: a code of the dataset
 * catalogue (`csv-more-fields`, `dataset-not-utf8`…), its parameters and the line (from 1) where
 * the file goes wrong. The caller that knows the dataset's name turns it into a
 * `DatasetParseError` (`new DatasetParseError(name, format, {code, params}, line)`).
 */
export class CsvReadError extends AlgobookError {
  override name = 'CsvReadError';

  constructor(
    override readonly code: DatasetParseCode,
    params: ErrorParams = {},
    readonly line?: number,
  ) {
    super(code, params, datasetReason(code, params));
  }
}
