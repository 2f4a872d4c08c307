/**
 * English messages of safe editing (undo of cell operations, the hint under a cell whose last
 * line is not shown); keys start with `editing.`. Merged into en.ts.
 */
export const editingEn = {
  'editing.cellDeleted': 'Cell deleted',
  'editing.undo': 'Undo',
  'editing.dismiss': 'Dismiss',
  'editing.undoHelp': 'Undo the last cell operation (delete, move, insert, type change)',
  'editing.redoHelp': 'Redo it',
  'editing.undoKeys': 'Z, or Ctrl/⌘+Z',
  'editing.redoKeys': 'Shift+Z, or Ctrl/⌘+Shift+Z, Ctrl+Y',
  'editing.lastLineHidden':
    'The last line is not shown: wrap it in display(…), or make the cell a single expression',
};
