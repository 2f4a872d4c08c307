/**
 * English messages of storage that never loses the only copy (issue 12): web pages answered for
 * data, decisions remembered, freeing space, persistent storage; keys start with `storage.`.
 * Merged into en.ts.
 */
export const storageEn = {
  'storage.error.html':
    '{url} is not there: the host answered with a web page (HTML) instead of the data.',
  'storage.state.sourceNotFound': 'its source no longer has the file',
  'storage.verify.notFound': 'Dataset “{name}”: {url} is not there (not found).',

  'storage.kept.undo': 'Ask again',
  'storage.kept.undoLabel': 'Ask again about the change of dataset "{name}"',

  'storage.free.title': 'Free space in this browser',
  'storage.free.explain':
    'Datasets stored in this browser let notebooks open quickly and offline. Choose what to delete.',
  'storage.free.deleted': 'To delete: downloaded again from their source when needed',
  'storage.free.kept': 'Kept',
  'storage.free.noneDeleted': 'Nothing: every stored dataset is kept.',
  'storage.free.reason.file': 'a local file: this browser holds its only copy',
  'storage.free.reason.draft': 'used by the draft “{title}”',
  'storage.free.reason.version': 'used by the published version “{title}” (version {version})',
  'storage.free.deleteAnyway': 'Delete it anyway',
  'storage.free.warnFile':
    'This is the only copy: once deleted it cannot be downloaded again, and notebooks that use it will not run until someone chooses the file again.',
  'storage.free.warnUsed':
    'Your notebooks will download it again from its source, which may have changed or gone.',
  'storage.free.confirm': 'Delete {count} dataset ({size})|Delete {count} datasets ({size})',
  'storage.free.cancel': 'Cancel',
  'storage.free.done':
    'Freed {size}: {count} dataset deleted; it will be downloaded again from its source when needed.|Freed {size}: {count} datasets deleted; they will be downloaded again from their sources when needed.',
  'storage.free.doneFiles':
    '{count} local file deleted: this browser no longer has it; choose the file again to use it.|{count} local files deleted: this browser no longer has them; choose the files again to use them.',
  'storage.free.confirmFile':
    'Dataset "{name}" is a local file: this browser holds its only copy. Once deleted, it cannot be downloaded again. Delete it anyway?',
  'storage.free.fileDone':
    'The only copy of "{name}" ({size}) is deleted from this browser: choose the file again to use it.',
  'storage.free.unnamed': 'sha256 {hash}',

  'storage.persist.persisted': 'This browser keeps this data for good.',
  'storage.persist.mayClear': 'This browser may clear this data when space runs low.',
};
