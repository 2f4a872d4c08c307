/** Line helpers shared by `parse` and `normalize`, so both agree on what a blank line is. */

/** LF line breaks: the file may come with CRLF (Windows) or CR, the notebook always has LF. */
export function toLF(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** A line with nothing but spaces and tabs, as CommonMark counts blank lines. */
export function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

/** The lines joined without the blank lines at either end; '' when nothing else is left. */
export function trimBlankLines(lines: readonly string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && isBlank(lines[start])) start++;
  while (end > start && isBlank(lines[end - 1])) end--;
  return lines.slice(start, end).join('\n');
}
