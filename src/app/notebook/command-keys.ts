/** Command mode (a cell focused, not its editor): Jupyter's keys. */
export type Command =
  | 'edit'
  | 'up'
  | 'down'
  | 'insertAbove'
  | 'insertBelow'
  | 'delete'
  | 'toProse'
  | 'toCode'
  | 'stop'
  | 'run'
  | 'help'
  | 'undo'
  | 'redo';

/**
 * Maps a key press in command mode to a command. `previous` is the key of the press before, for
 * Jupyter's double keys (D, D deletes; I, I interrupts); 'pending' means "wait for the second".
 */
export function commandFor(
  e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  previous: string,
): Command | 'pending' | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key === 'Enter') return e.shiftKey ? 'run' : 'edit';
  if (key === 'ArrowUp' || key === 'k') return 'up';
  if (key === 'ArrowDown' || key === 'j') return 'down';
  if (key === 'a') return 'insertAbove';
  if (key === 'b') return 'insertBelow';
  if (key === 'm') return 'toProse';
  if (key === 'y') return 'toCode';
  if (key === '?') return 'help';
  // JupyterLab's: Z undoes the last cell operation (a deletion, say), Shift+Z redoes it.
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'd') return previous === 'd' ? 'delete' : 'pending';
  if (key === 'i') return previous === 'i' ? 'stop' : 'pending';
  return null;
}
