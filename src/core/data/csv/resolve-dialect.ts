import type { CsvDialect, DetectedDialect } from './types.ts';

/**
 * The dialect a parse uses: the keys the author pinned (`csv:` in the dataset entry) win over the
 * detected ones, key by key. Only the dialect's own keys are taken from the pin, so nothing else
 * a notebook writes there reaches the parser.
 */
export function resolveDialect(
  detected: DetectedDialect,
  pinned: Partial<CsvDialect> | undefined,
): CsvDialect {
  return {
    delimiter: pinned?.delimiter ?? detected.delimiter,
    decimal: pinned?.decimal ?? detected.decimal,
    encoding: pinned?.encoding ?? detected.encoding,
    dates: pinned?.dates ?? detected.dates,
    header: pinned?.header ?? detected.header,
  };
}
