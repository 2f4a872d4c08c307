/** A notebook file that cannot be read: the message names the line and what is wrong. */
export class FormatError extends Error {
  override name = 'FormatError';
  constructor(
    /** 1-based line in the file. */
    readonly line: number,
    /** What is wrong, without the line. */
    readonly reason: string,
  ) {
    super(`Line ${line}: ${reason}`);
  }
}
