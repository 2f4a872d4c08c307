/**
 * English messages of local files that travel: "Choose the file", data in share links, the
 * bundle (.algobook.zip); keys start with `localdata.`, and the bundle's errors are
 * `publish.error.bundle-*`. Merged into en.ts.
 */
export const localdataEn = {
  'localdata.missing':
    'Dataset "{name}" reads the file "{file}", which is not in this browser. Choose the file: it is checked against its pin.',
  'localdata.choose': 'Choose the file',
  'localdata.chooseFor': 'Choose the file of dataset {name}',
  'localdata.checking': 'Checking {file}…',
  'localdata.wrong':
    '“{chosen}” is not the file this dataset pins: its SHA-256 starts with {actual}, the pin’s with {pinned}. Choose the file that was pinned.',
  'localdata.kept':
    '“{chosen}” is the pinned file; it is kept in this browser and the cells run again.',
  'localdata.notKept': '“{chosen}” is the pinned file, but it could not be kept: {message}',

  'localdata.share.carries':
    'The link carries the local file of {names}.|The link carries the local files of {names}.',
  'localdata.share.tooLarge':
    '“{name}” cannot go in the link: the link would be too long (at most {limit} characters). Download the bundle instead.',
  'localdata.share.notHere':
    '“{name}” cannot go in the link: its file is not in this browser. Choose the file in the data panel, or download the bundle from where it is.',
  'localdata.share.bundle': 'Download the bundle (.algobook.zip)',
  'localdata.share.refused': 'The data in this share link is refused: {reason}',

  'localdata.download.bundle': 'Notebook and its data (.algobook.zip)',
  'localdata.download.missing':
    'The bundle leaves out “{name}”: its file is not in this browser.|The bundle leaves out {name}: their files are not in this browser.',
  'localdata.open.failed': 'This bundle cannot be opened: {reason}',

  'publish.error.bundle-too-many':
    'This bundle holds more than {limit} files; a notebook’s bundle holds far fewer, so it is refused.',
  'publish.error.bundle-bad-path':
    'This bundle holds “{entry}”, a name that could point outside its folder; it is refused.',
  'publish.error.bundle-too-large': 'This bundle unpacks to more than {limit} MB; it is refused.',
  'publish.error.bundle-corrupt': 'This bundle is damaged: it cannot be unpacked as a zip.',
  'publish.error.bundle-no-notebook':
    'A bundle holds exactly one notebook (a .algo.md file at its top); this one holds {count}.',
  'publish.error.bundle-not-text': '{entry} in this bundle is not text.',
  'publish.error.bundle-unexpected':
    'This bundle holds “{entry}”, which no dataset of the notebook reads; it is refused.',
  'publish.error.bundle-hash-mismatch':
    '“{entry}” in this bundle is not the file the notebook pins (SHA-256 {actual}…, pinned {pinned}…); it is refused.',
};
