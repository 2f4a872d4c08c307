/** CommonMark fenced code blocks, as far as the format needs them. */

export type FenceChar = '`' | '~';

export interface FenceOpen {
  /** Indentation of the opening fence (0–3); removed from the content lines. */
  indent: number;
  char: FenceChar;
  length: number;
  /** The info string, trimmed. */
  info: string;
}

// `s`: the info string may hold U+2028 and U+2029, which `.` would not match.
const OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/s;
const CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/** The opening fence on this line, if it is one. */
export function fenceOpen(line: string): FenceOpen | null {
  const match = OPEN.exec(line);
  if (!match) return null;
  const char = match[2][0] === '`' ? '`' : '~';
  const info = match[3].trim();
  // A backtick fence's info string may not hold a backtick: the line is inline code instead.
  if (char === '`' && info.includes('`')) return null;
  return { indent: match[1].length, char, length: match[2].length, info };
}

/** Whether this line closes the block opened by `open`: same character, at least as long. */
export function closesFence(line: string, open: FenceOpen): boolean {
  const match = CLOSE.exec(line);
  return !!match && match[1][0] === open.char && match[1].length >= open.length;
}

/** Removes up to `indent` leading spaces, as CommonMark does inside an indented fence. */
export function dedent(line: string, indent: number): string {
  let i = 0;
  while (i < indent && line[i] === ' ') i++;
  return line.slice(i);
}

/**
 * A fence of `char` longer than any run of `char` that starts a line of `source` (after up to
 * three spaces), so that no line of the source can close it.
 */
export function fenceFor(source: string, char: FenceChar): string {
  const run = char === '`' ? /^ {0,3}(`+)/ : /^ {0,3}(~+)/;
  let longest = 0;
  for (const line of source.split('\n')) {
    const match = run.exec(line);
    if (match) longest = Math.max(longest, match[1].length);
  }
  return char.repeat(Math.max(3, longest + 1));
}
