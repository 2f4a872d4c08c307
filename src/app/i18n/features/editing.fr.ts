import type { editingEn } from './editing.en.ts';

/** French messages of safe editing, typed against the English ones. */
export const editingFr: Record<keyof typeof editingEn, string> = {
  'editing.cellDeleted': 'Cellule supprimée',
  'editing.undo': 'Annuler',
  'editing.dismiss': 'Fermer',
  'editing.undoHelp':
    'Annuler la dernière opération sur les cellules (suppression, déplacement, insertion, changement de type)',
  'editing.redoHelp': 'La rétablir',
  'editing.undoKeys': 'Z, ou Ctrl/⌘+Z',
  'editing.redoKeys': 'Maj+Z, ou Ctrl/⌘+Maj+Z, Ctrl+Y',
  'editing.lastLineHidden':
    'La dernière ligne n’est pas affichée\u00a0: entourez-la de display(…), ou faites de la cellule une seule expression',
};
