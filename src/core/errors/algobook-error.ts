import { englishMessage, type ErrorCode } from './messages.ts';

/** Parameters of an error: plain values, so they cross the worker boundary and go into JSON. */
export type ErrorParams = Record<string, string | number>;

/**
 * The one error shape of the core: a stable kebab-case `code` and plain `params`, from which the
 * page words the error in the reader's language; `message` is the English sentence (command
 * line, logs). Subclasses keep the fields their readers already use (`reason`, `line`...).
 */
export class AlgobookError extends Error {
  override name = 'AlgobookError';
  readonly code: string;
  readonly params: ErrorParams;

  constructor(
    code: string,
    params: ErrorParams = {},
    /** The English sentence, when the code's template is not the right one (older callers). */
    message?: string,
    options?: { cause?: unknown },
  ) {
    super(message ?? englishMessage(code, params), options);
    this.code = code;
    this.params = params;
  }
}

/** An error of the core's own catalogue, with its English message built from the code. */
export function coreError(code: ErrorCode, params: ErrorParams = {}, name?: string): AlgobookError {
  const error = new AlgobookError(code, params);
  if (name) error.name = name;
  return error;
}

/** The code and parameters of an error, when it carries them. */
export function errorCode(error: unknown): { code: string; params: ErrorParams } | undefined {
  return error instanceof AlgobookError ? { code: error.code, params: error.params } : undefined;
}
