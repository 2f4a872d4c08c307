import { closesFence, fenceOpen } from '../core/format/fences.ts';

/**
 * The 1-based file line of each code cell's opening fence, in page order, found as `parse` finds
 * the cells (front matter, then fenced blocks whose info string starts with `js`; another
 * language's block hides any fence inside it). `parse` itself does not keep lines; a cell's
 * line `n` is the file's line `fence + n`.
 */
export function codeCellLines(text: string): number[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  const found: number[] = [];
  for (let i = close + 1; i > 0 && i < lines.length; i++) {
    const open = fenceOpen(lines[i]);
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && !closesFence(lines[end], open)) end++;
    if (open.info.split(/\s+/)[0] === 'js') found.push(i + 1);
    i = end;
  }
  return found;
}
