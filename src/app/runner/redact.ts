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
