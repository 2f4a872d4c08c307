import { AlgobookError, type ErrorParams } from './algobook-error.ts';

/**
 * An error as it crosses a port (page and runner): its name and English message, and, for
 * algobook's own errors, the code and parameters the other side words it with.
 */
export interface WireError {
  name: string;
  message: string;
  code?: string;
  params?: ErrorParams;
}

/** What of `error` crosses a port. */
export function toWire(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const wire: WireError = { name: error.name, message: error.message };
  if (error instanceof AlgobookError) {
    wire.code = error.code;
    wire.params = error.params;
  }
  return wire;
}

/** The error again on the other side: an `AlgobookError` when it came with a code. */
export function fromWire(wire: WireError): Error {
  const error =
    wire.code === undefined
      ? new Error(wire.message)
      : new AlgobookError(wire.code, wire.params ?? {}, wire.message);
  error.name = wire.name;
  return error;
}
