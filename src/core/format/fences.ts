/** CommonMark fenced code blocks, as far as the format needs them. */

export interface FenceOpen {
  /** Indentation of the opening fence (0–3); removed from the content lines. */
  indent: number;
  char: '`' | '~';
  length: number;
  /** The info string, trimmed. */
  info: string;
}

const OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/** The opening fence on this line, if it is one. */
export function fenceOpen(line: string): FenceOpen | null {
  const match = OPEN.exec(line);
  if (!match) return null;
  const char = match[2][0] === '`' ? '`' : '~';
  const info = match[3].trim();
  // A backtick fence's info string may not contain backticks (it would be inline code).
  if (char === '`' && info.includes('`')) return null;
  return { indent: match[1].length, char, length: match[2].length, info };
}

/** Whether this line closes the block opened by `open`. */
export function closesFence(line: string, open: FenceOpen): boolean {
  const match = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return !!match && match[1][0] === open.char && match[1].length >= open.length;
}

/** Removes up to `indent` leading spaces, as CommonMark does inside an indented fence. */
export function dedent(line: string, indent: number): string {
  let i = 0;
  while (i < indent && line[i] === ' ') i++;
  return line.slice(i);
}

/** A backtick fence longer than any backtick run that could close it inside `source`. */
export function fenceFor(source: string): string {
  let longest = 0;
  for (const line of source.split('\n')) {
    const match = /^ {0,3}(`+)/.exec(line);
    if (match) longest = Math.max(longest, match[1].length);
  }
  return '`'.repeat(Math.max(3, longest + 1));
}
