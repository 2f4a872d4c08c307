/** English messages of the publish feature; keys start with `publish.`. Merged into en.ts. */
export const publishEn = {
  'publish.title': 'Publish',
  'publish.bar': 'Versions and sharing',
  'publish.publish': 'Publish…',
  'publish.verify': 'Verify',
  'publish.history': 'History',
  'publish.fork': 'Fork',
  'publish.share': 'Share link',
  'publish.download': 'Download',

  // The version on screen
  'publish.version.label': 'Version {n}',
  'publish.version.published': 'published {date}',
  'publish.version.missing':
    'No version with the hash {hash} is stored in this browser. Versions are kept in the browser they were published in.',
  'publish.tampered.banner':
    'Tampered: this file is not the one published. Its SHA-256 is {actual}…, the published one is {expected}…. Do not trust its results.',

  // Publishing
  'publish.form.title': 'Publish version {n}',
  'publish.form.explain':
    'The draft is run from scratch, then frozen with the digest of each cell’s outputs. A published version is never modified.',
  'publish.form.message': 'What changed',
  'publish.form.submit': 'Publish version {n}',
  'publish.form.needMessage': 'Say in a few words what changed in this version.',
  'publish.form.running': 'Running the notebook to record its results…',
  'publish.form.done': 'Published version {n} (SHA-256 {hash}…).',
  'publish.form.sameText':
    'This exact version is published already: change something in the draft first.',
  'publish.form.numberTaken':
    'Version {n} was just published from another tab: nothing was overwritten. Open the history, then publish again.',
  'publish.form.failed': 'The version was not published: {reason}',

  // History
  'publish.history.title': 'Published versions',
  'publish.history.none': 'No version published yet.',
  'publish.history.versionN': 'Version {n}',
  'publish.history.open': 'Open',
  'publish.history.openLabel': 'Open version {n}',
  'publish.history.restore': 'Restore',
  'publish.history.restoreLabel': 'Restore version {n} as the draft',
  'publish.history.forkLabel': 'Fork version {n}',
  'publish.history.restored': 'Version {n} restored as the draft.',
  'publish.history.keptTitle': '{title} (before restoring version {n})',
  'publish.history.restoredKept':
    'Version {n} restored as the draft. The text it replaced was not published: it is kept as the draft “{title}”.',
  'publish.history.restoreFailed': 'The version could not be restored: {reason}',
  'publish.history.from': 'Compare',
  'publish.history.to': 'with',
  'publish.history.compare': 'Show differences',
  'publish.history.compareFailed': 'The versions could not be compared: {reason}',

  // Diffs
  'publish.diff.title': 'From {before} to {after}',
  'publish.diff.label': 'Differences from {before} to {after}',
  'publish.diff.same': 'No differences.',
  'publish.diff.summary': '{count} cell changed|{count} cells changed',
  'publish.diff.license': 'Licence: {before} → {after}',
  'publish.diff.front': '{key}: {before} → {after}',
  'publish.diff.datasets': 'Datasets',
  'publish.diff.datasetAdded': '{name}: added',
  'publish.diff.datasetRemoved': '{name}: removed',
  'publish.diff.datasetChanged': '{name}: changed ({fields})',
  'publish.diff.parameters': 'Parameters',
  'publish.diff.parameterAdded': '{name}: added, {after}',
  'publish.diff.parameterRemoved': '{name}: removed',
  'publish.diff.parameterChanged': '{name}: {before} → {after}',
  'publish.diff.cells': 'Cells',
  'publish.diff.code': 'code',
  'publish.diff.prose': 'text',
  'publish.diff.cellSame': 'Cell {a} ({kind}): unchanged, now cell {b}',
  'publish.diff.cellAdded': 'Cell {b} ({kind}): added',
  'publish.diff.cellRemoved': 'Cell {a} ({kind}): removed',
  'publish.diff.cellChanged': 'Cell {a} ({kind}): changed, now cell {b}',
  'publish.diff.options': 'Options: “{before}” → “{after}”',

  // Verification
  'publish.verify.title': 'Verification',
  'publish.verify.running':
    'Verifying: checking the text and its chain of versions, then re-running the notebook on its pinned datasets…',
  'publish.verify.reproduced':
    'Reproduced: the text is the published one and every cell gives its published result.',
  'publish.verify.reproducedButData':
    'Reproduced with the pinned bytes kept in this browser, but a dataset’s source now serves other bytes: elsewhere it may not reproduce.',
  'publish.verify.notReproduced': 'Not reproduced: see what differs below.',
  'publish.verify.tampered':
    'Tampered: this version is not the one published, or its chain of versions is broken.',
  'publish.verify.failed': 'The verification could not finish: {reason}',
  'publish.verify.problems': 'Text and chain of versions',
  'publish.verify.datasets': 'Datasets',
  'publish.verify.datasetChanged':
    'Dataset “{name}”: {url} now serves other bytes (SHA-256 {actual}…) than the pinned ones.',
  'publish.verify.datasetUnreachable': 'Dataset “{name}”: {url} cannot be reached.',
  'publish.verify.cells': 'Cells whose result differs',
  'publish.verify.cellChanged': 'Cell {n}: published {published}, now {actual}',
  'publish.verify.cellMissing': 'Cell {n}: it has a published result but gave none now',
  'publish.verify.cellExtra': 'Cell {n}: it gives a result that was not published',

  // Forks
  'publish.fork.from': 'Forked from',
  'publish.fork.origin': '{id}, version {n}',
  'publish.fork.this': 'this fork',
  'publish.fork.compare': 'Compare with the origin',
  'publish.fork.failed': 'The fork could not be made: {reason}',
  'publish.fork.originMissing':
    'The origin ({id}, version {n}) is not stored in this browser and the fork does not say where it is published.',
  'publish.fork.originChanged':
    'The file at {url} is no longer the version this fork was made from (its SHA-256 differs).',

  // Share links
  'publish.share.title': 'Share link',
  'publish.share.explain':
    'The link holds the whole notebook, compressed: whoever opens it reads it without any server of ours.',
  'publish.share.making': 'Making the link…',
  'publish.share.size': 'The link is {n} character long.|The link is {n} characters long.',
  'publish.share.long':
    'This link is longer than {limit} characters: some mail and chat apps cut long links. Prefer hosting the file and sharing its address.',
  'publish.share.link': 'Link',
  'publish.share.copy': 'Copy',
  'publish.share.copied': 'Copied.',
  'publish.share.copyFailed': 'The browser refused to copy: select the link and copy it yourself.',
  'publish.share.bad': 'This share link cannot be opened. {reason}',
  'publish.src.mismatch':
    'The file at {url} is not the expected one: its SHA-256 is {actual}, the link asks for {expected}. It was changed since the link was made, so it is not opened.',

  // Downloads
  'publish.download.title': 'Download',
  'publish.download.md': 'Notebook (.algo.md)',
  'publish.download.ipynb': 'Jupyter (.ipynb)',
  'publish.download.html': 'Web page (.html)',
  'publish.download.explain':
    'The web page opens offline with every output as shown here; the Jupyter notebook keeps the outputs too.',
  'publish.download.failed': 'The file could not be made: {reason}',

  // Catalog
  'publish.catalog.title': 'Published on this site',
  'publish.catalog.address': 'Catalog',
  'publish.catalog.load': 'Show',
  'publish.catalog.empty': 'This catalog lists no notebook.',
  'publish.catalog.latest': 'version {n}, {date}',
  'publish.catalog.forks': 'Known forks:',
  'publish.catalog.badAddress': '“{address}” is not a valid address for a catalog.',
  'publish.catalog.unreachable':
    'Could not reach {url}. The server may be down, or it may refuse requests from other sites (CORS).',
  'publish.catalog.tooLarge': 'The catalog at {url} is larger than {size}: it is not read.',
  'publish.catalog.status': '{url} answered with the error {status}.',
  'publish.catalog.invalid': 'The catalog at {url} cannot be read. {reason}',
  'publish.catalog.noEntry': 'The catalog at {url} has no notebook “{id}”.',
  'publish.catalog.noVersion': 'The notebook “{id}” has no version {version} in the catalog.',

  // Errors of the publishing core, by code (English readers get the core's own sentence)
  'publish.error.share-empty': 'This share link holds no notebook.',
  'publish.error.share-not-base64url':
    'This share link is damaged: it contains characters a share link never has. Copy the whole link again.',
  'publish.error.share-corrupt':
    'This share link is damaged: its notebook cannot be unpacked. It may have been cut short when copied.',
  'publish.error.share-not-text': 'This share link does not hold a notebook.',
  'publish.error.share-too-large': 'This share link unpacks to far more than a notebook: refused.',
  'publish.error.ipynb-not-json': 'This file is not a Jupyter notebook: it is not valid JSON.',
  'publish.error.ipynb-not-notebook': 'This file is not a Jupyter notebook.',
  'publish.error.ipynb-nbformat':
    'This Jupyter notebook is in format version {version}; algobook reads version 4.',
  'publish.error.ipynb-no-cells': 'This Jupyter notebook has no list of cells.',
  'publish.error.ipynb-bad-cell': 'Cell {cell} of this Jupyter notebook is not valid.',
  'publish.error.ipynb-language':
    'This notebook is written in {language}; algobook runs JavaScript only, so its code cannot be imported.',
  'publish.error.ipynb-front': 'This notebook’s algobook metadata is not valid: {reason}.',
  'publish.error.catalog-not-json': 'It is not valid JSON.',
  'publish.error.catalog-invalid': 'It is not a valid catalog: {where} {what}.',

  // Loading a notebook from an address
  'publish.load.badAddress': '“{src}” is not a valid address.',
  'publish.load.unreachable':
    'Could not reach {url}. The server may be down, or it may refuse requests from other sites (CORS); download the file and use “Open file” instead.',
  'publish.load.status': '{url} answered {status}.',
  'publish.load.invalid': 'This file is not a valid notebook. {reason}',
  'publish.load.unreadable': 'This file could not be read: {reason}',
};
