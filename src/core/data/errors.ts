/** The bytes of a pinned dataset are not the ones the notebook was written with. */
export class DatasetHashMismatch extends Error {
  constructor(
    readonly dataset: string,
    readonly expected: string,
    readonly actual: string,
    /** The URL that served the changed bytes, when known. */
    readonly url?: string,
  ) {
    super(
      `Dataset "${dataset}" does not match its pinned hash: expected sha256 ${expected}, got ${actual}. ` +
        (url
          ? `${url} serves bytes that changed since the dataset was pinned: `
          : 'The file changed since it was pinned: ') +
        'restore the original file or re-pin the dataset.',
    );
    this.name = 'DatasetHashMismatch';
  }
}

/** The bytes of a dataset are not valid in its declared format. */
export class DatasetParseError extends Error {
  constructor(
    readonly dataset: string,
    readonly format: string,
    readonly reason: string,
    /** The line (from 1) where a text file goes wrong, when known. */
    readonly line?: number,
  ) {
    super(`Dataset "${dataset}" could not be read as ${format}: ${reason}`);
    this.name = 'DatasetParseError';
  }
}
