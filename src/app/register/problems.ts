import type { ErrorParams } from '../../core/errors/algobook-error.ts';

/**
 * Why a register row has no card: its version file could not be fetched, was too large, is not
 * the text its catalog lists (hash), or is not a notebook. Worded by `describeProblem`.
 */
export type VersionProblem =
  | { kind: 'unreachable' }
  | { kind: 'status'; status: number }
  | { kind: 'too-large'; limit: number }
  | { kind: 'hash'; expected: string; actual: string }
  | { kind: 'format'; code: string; params: ErrorParams; message: string };
