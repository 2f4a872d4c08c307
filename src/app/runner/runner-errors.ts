import { coreError, type AlgobookError } from '../../core/errors/index.ts';

/**
 * The runner's own failures, outside any cell, as coded errors the run bar words in the reader's
 * language. The engine's text of an uncaught error is kept only as `detail` (for the console and
 * the English message), never shown as it is: it is English, and V8's wording.
 */
export function runnerWorkerError(detail: string): AlgobookError {
  const error = coreError('runner-worker-error', { detail }, 'RunnerError');
  error.message = `${error.message} (${detail})`;
  return error;
}

/** The sandboxed frame sent no sign of life within `seconds`. */
export function runnerStartTimeout(seconds: number): AlgobookError {
  return coreError('runner-start-timeout', { seconds }, 'RunnerError');
}
