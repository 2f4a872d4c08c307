import { AlgobookError } from '../../core/errors/index.ts';

/**
 * A dataset error as the runner may see it: the message without any hash but the pinned one.
 * A changed source's new hash (or a short form of it) names bytes the notebook did not pin, and
 * would let a cell probe what a URL serves; the pinned hash is the notebook's own.
 */
export function redactHashes(message: string, pinned: string): string {
  return message.replace(/\b[0-9a-f]{8,64}\b/gi, (hex) =>
    pinned.startsWith(hex.toLowerCase()) ? hex : '…',
  );
}

/**
 * A dataset error as the runner may see it: its name, its message and, for algobook's own, its
 * code and parameters, with every hash but the pinned one redacted.
 */
export function redactError(error: unknown, pinned: string): Error {
  const message = redactHashes(error instanceof Error ? error.message : String(error), pinned);
  let safe: Error;
  if (error instanceof AlgobookError) {
    const params = Object.fromEntries(
      Object.entries(error.params).map(([key, value]) => [
        key,
        typeof value === 'string' ? redactHashes(value, pinned) : value,
      ]),
    );
    safe = new AlgobookError(error.code, params, message);
  } else safe = new Error(message);
  safe.name = error instanceof Error ? error.name : 'Error';
  return safe;
}
