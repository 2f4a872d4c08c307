import {
  AlgobookError,
  datasetReason,
  type DatasetParseCode,
  type ErrorParams,
} from '../errors/index.ts';

/** The bytes of a pinned dataset are not the ones the notebook was written with. */
export class DatasetHashMismatch extends AlgobookError {
  constructor(
    readonly dataset: string,
    readonly expected: string,
    readonly actual: string,
    /** The URL that served the changed bytes, when known. */
    readonly url?: string,
  ) {
    super(
      url ? 'dataset-changed-at' : 'dataset-changed',
      url ? { dataset, expected, actual, url } : { dataset, expected, actual },
    );
    this.name = 'DatasetHashMismatch';
  }
}

/** What is wrong with a dataset's bytes: a code of the catalogue and its parameters. */
export interface ParseProblem {
  code: DatasetParseCode;
  params?: ErrorParams;
}

/** The bytes of a dataset are not valid in its declared format. */
export class DatasetParseError extends AlgobookError {
  /** What is wrong, in English, without the dataset's name. */
  readonly reason: string;

  constructor(
    readonly dataset: string,
    readonly format: string,
    /** A problem with a code, or (older callers) a reason in English. */
    problem: string | ParseProblem,
    /** The line (from 1) where a text file goes wrong, when known. */
    readonly line?: number,
  ) {
    const { code, params = {} } =
      typeof problem === 'string'
        ? { code: 'dataset-unreadable' as const, params: { reason: problem } }
        : problem;
    super(code, { ...params, dataset, format });
    this.reason = datasetReason(code, params);
    this.name = 'DatasetParseError';
  }
}
