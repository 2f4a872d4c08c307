import { AlgobookError, formatReason, type ErrorParams, type FormatCode } from '../errors/index.ts';

/**
 * A notebook file that cannot be read: the message names the line and what is wrong. A `code`
 * and `params` let the page say it in the reader's language; reasons given only as English text
 * have the code `format-invalid`.
 */
export class FormatError extends AlgobookError {
  override name = 'FormatError';
  /** What is wrong, without the line, in English. */
  readonly reason: string;

  constructor(
    /** 1-based line in the file. */
    readonly line: number,
    /** What is wrong: a code with its parameters, or (older callers) an English reason. */
    problem: string | { code: FormatCode; params?: ErrorParams },
  ) {
    const { code, params = {} } =
      typeof problem === 'string'
        ? { code: 'format-invalid' as const, params: { reason: problem } }
        : problem;
    super(code, { ...params, line });
    this.reason = formatReason(code, params);
  }
}
