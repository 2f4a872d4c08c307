/** English messages of the house feature (download caps, per-dataset cache, saving states, examples); keys start with `house.`. Merged into en.ts. */
export const houseEn = {
  'house.changed.larger':
    'more than the pinned {pinned}: the download stopped after {read}, so these are not the pinned bytes',
  'house.error.larger':
    'Dataset "{name}" changed since it was pinned: {url} serves more than the pinned {pinned} (the download stopped after {read}). It is not used; see the data panel to keep the pinned bytes or re-pin.',
  'house.error.budget':
    'The datasets being downloaded together exceed {limit}: {url} was stopped after {read}. Load fewer or smaller datasets at once (a portal query reduces one).',
  'house.repin.failed': 'The new bytes could not be downloaded again for the re-pin: {message}',
  'house.conflict.copyFailed':
    'Your version could not be stored as a copy. Try again, choose another way, or download your text.',
  'house.conflict.retryCopy': 'Try saving mine as a copy again',
  'house.conflict.download': 'Download my text',
  'house.free': 'Free its space',
  'house.free.done':
    'The bytes of "{name}" ({size}) are no longer kept in this browser; they will be downloaded again when needed.',
} as const;
