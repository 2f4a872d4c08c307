/**
 * Ctrl+Z (⌘Z), Ctrl+Shift+Z and Ctrl+Y undo and redo cell operations, as in Jupyter, except
 * where the person is typing: Monaco and the prose editor keep their own undo of the text.
 */
export function undoKeyFor(
  e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || isTyping(e.target)) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/** Whether key presses on `target` edit text (a field, a text area, Monaco, contenteditable). */
function isTyping(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  return (
    target.closest(
      'input, textarea, select, [contenteditable=""], [contenteditable="true"], .monaco-editor',
    ) !== null
  );
}
