import { RuntimeError } from '@observablehq/runtime';
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
 * An error as an `error` output. A failed input (which the dataflow reports as a RuntimeError
 * naming that input) says which input failed and why; an error thrown by the cell's own code
 * carries its line and column within the cell.
 */
export function errorOutput(error: unknown, cellId: string): ErrorOutput {
  if (error instanceof CellFailure) return error.output;
  if (error instanceof RuntimeError && error.input) {
    return {
      kind: 'error',
      name: 'RuntimeError',
      message: `input "${error.input}" failed: ${error.message}`,
    };
  }
  if (error instanceof Error) {
    const output: ErrorOutput = {
      kind: 'error',
      name: error.name || 'Error',
      message: error.message,
    };
    return { ...output, ...locateInCell(error, cellId) };
  }
  return { kind: 'error', name: 'Error', message: new ThrownValue(error).message };
}
