import { RuntimeError } from '@observablehq/runtime';
import { AlgobookError, englishMessage, isErrorCode, type ErrorParams } from '../errors/index.ts';
import { locateInCell } from './compile.ts';
import type { ErrorOutput } from './outputs.ts';
import { describe } from './summarize.ts';

/** Thrown by a cell that fails without running its code (syntax error, duplicate, cycle...). */
export class CellFailure extends Error {
  constructor(readonly output: ErrorOutput) {
    super(output.message);
    this.name = output.name;
  }
}

/** A thrown non-Error (`throw "boom"`), made an Error so its message survives to readers. */
export class ThrownValue extends Error {
  constructor(readonly value: unknown) {
    super(typeof value === 'string' ? value : describe(value));
    this.name = 'Error';
  }
}

/**
 * The dataflow passes a failed input on to its readers as a new RuntimeError with only the
 * message, so the code of the error is found again by its message. A message is the English
 * text of its code and parameters, so an entry is never wrong, only perhaps evicted.
 */
const codedMessages = new Map<string, { code: string; params: ErrorParams }>();
const REMEMBERED = 256;

function remember(output: ErrorOutput): ErrorOutput {
  if (output.code === undefined || output.code === 'input-failed') return output;
  codedMessages.delete(output.message);
  codedMessages.set(output.message, { code: output.code, params: output.params ?? {} });
  if (codedMessages.size > REMEMBERED) {
    const oldest = codedMessages.keys().next();
    if (!oldest.done) codedMessages.delete(oldest.value);
  }
  return output;
}

/**
 * An error of the sandbox's own (public/sandbox.js, which cannot import the core): a plain
 * Error with a `code` of the catalogue and plain `params`. A notebook could throw one too; it
 * would only be worded as that error, which it could as well write itself.
 */
function sandboxCoded(error: Error): { code: string; params: ErrorParams } | undefined {
  const code: unknown = Reflect.get(error, 'code');
  const params: unknown = Reflect.get(error, 'params');
  if (typeof code !== 'string' || !isErrorCode(code)) return undefined;
  if (typeof params !== 'object' || params === null) return undefined;
  const plain: ErrorParams = {};
  for (const [key, value] of Object.entries(params))
    if (typeof value === 'string' || typeof value === 'number') plain[key] = value;
  return { code, params: plain };
}

/**
 * An error as an `error` output. A failed input (which the dataflow reports as a RuntimeError
 * naming that input) says which input failed and why; an error thrown by the cell's own code
 * carries its line and column within the cell. Errors of the core (`AlgobookError`) keep their
 * code and parameters, for the page to word them in the reader's language.
 */
export function errorOutput(error: unknown, cellId: string): ErrorOutput {
  if (error instanceof CellFailure) return remember(error.output);
  if (error instanceof RuntimeError && error.input) {
    const cause = codedMessages.get(error.message);
    const params: ErrorParams = cause
      ? { ...cause.params, input: error.input, message: error.message, cause: cause.code }
      : { input: error.input, message: error.message };
    return {
      kind: 'error',
      name: 'RuntimeError',
      message: englishMessage('input-failed', params),
      code: 'input-failed',
      params,
    };
  }
  if (error instanceof Error) {
    const output: ErrorOutput = {
      kind: 'error',
      name: error.name || 'Error',
      message: error.message,
    };
    const coded = error instanceof AlgobookError ? error : sandboxCoded(error);
    if (coded) {
      output.code = coded.code;
      output.params = coded.params;
    }
    return remember({ ...output, ...locateInCell(error, cellId) });
  }
  return { kind: 'error', name: 'Error', message: new ThrownValue(error).message };
}
