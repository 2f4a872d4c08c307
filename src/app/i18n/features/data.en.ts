/** English messages of the data feature; keys start with `data.`. Merged into en.ts. */
export const dataEn = {
  'data.title': 'Data',
  'data.none': 'This notebook pins no datasets.',
  'data.noneEditable': 'This notebook pins no datasets yet: add one to load it in a cell.',
  'data.dataset': 'Dataset {name}',
  'data.field.title': 'Title',
  'data.field.source': 'Source',
  'data.field.license': 'Licence',
  'data.field.size': 'Size',
  'data.field.rows': 'Rows',
  'data.field.sha256': 'SHA-256',
  'data.field.retrieved': 'Retrieved',
  'data.field.modified': 'Last updated',
  'data.field.url': 'URL',
  'data.field.portal': 'Portal',
  'data.field.query': 'Query',
  'data.field.mirrors': 'Mirrors',
  'data.field.state': 'State',
  'data.unknown': 'unknown',

  // States
  'data.state.idle': 'not loaded yet',
  'data.state.loading': 'loading',
  'data.state.verified': 'verified',
  'data.state.fromCache': 'verified, loaded from this browser’s cache',
  'data.state.fromSource': 'verified, downloaded from its source',
  'data.state.fromMirror': 'verified, downloaded from mirror {n} ({url})',
  'data.state.changed': 'changed since pinned',
  'data.state.kept': 'the source changed; the pinned bytes from the cache are used',
  'data.state.unreachable': 'unreachable',
  'data.state.sourceUnreachable': 'its source is unreachable now',
  'data.state.noSource': 'kept only in this browser: it has no address to check it against',
  'data.state.cancelled': 'cancelled',
  'data.state.failed': 'could not be loaded',
  'data.state.checking': 'checking the source…',
  'data.state.sourceSame': 'the source still serves the pinned bytes',
  'data.progress': '{loaded} of {total}',
  'data.progressUnknown': '{loaded}',
  'data.progressLabel': 'Download of {name}',
  'data.cancel': 'Cancel',
  'data.parsingLabel': 'Reading of {name}',
  'data.retry': 'Try again',
  'data.check': 'Check the source',
  'data.remove': 'Remove',
  'data.removeConfirm': 'Remove dataset "{name}" from this notebook? Cells that read it will fail.',
  'data.showPin': 'Pin in the front matter',

  // Pin mismatch
  'data.changed.title': 'Dataset "{name}" changed since it was pinned',
  'data.changed.explain':
    'Its source now serves other bytes. This notebook never runs on different data: choose what to do.',
  'data.changed.pinned': 'Pinned',
  'data.changed.now': 'Now served',
  'data.changed.hashLine': 'sha256 {hash}',
  'data.changed.retrievedLine': 'retrieved {date}',
  'data.changed.modifiedLine': 'last updated {date}',
  'data.changed.url': 'by {url}',
  'data.changed.keep': 'Keep using the pinned bytes from the cache',
  'data.changed.repin': 'Re-pin to the new bytes',
  'data.changed.repinCopy': 'Edit a copy re-pinned to the new bytes',
  'data.changed.notCached':
    'The pinned bytes are not in this browser’s cache, so cells reading this dataset cannot run until it is re-pinned or the original file is restored (or served by a mirror).',
  'data.changed.repinned':
    'Dataset "{name}" re-pinned: sha256 {old} → {new}. The draft is changed.',

  // Columns
  'data.columns': 'Columns',
  'data.column.name': 'Column',
  'data.column.type': 'Type',
  'data.column.inferred': 'inferred: {type}',
  'data.column.typeOf': 'Type of column {column}',
  'data.column.forced': '{type} (set by the author)',
  'data.columnsLoading': 'Reading the columns…',

  // Licences
  'data.licences': 'Licences and attribution',
  'data.attribution': '{title}: {source}, licence {license}, last updated {date}.',
  'data.attributionNoDate': '{title}: {source}, licence {license}.',
  'data.odblWarning':
    'Dataset "{name}" is under ODbL: a database derived from it must stay under ODbL (share-alike). This notebook’s licence ({license}) does not keep that obligation; publish derived data under ODbL or state it.',
  'data.noObligations': 'The datasets’ licences bring no obligation.',
  'data.licenceUnversioned':
    'The licence "{license}" names {family} without its version, and the obligations differ between versions: state it (e.g. {family}-4.0). Until then, what every version obliges applies.',

  // Cache
  'data.cache.title': 'Stored in this browser',
  'data.cache.used':
    'Stored in this browser: {size}, {count} dataset|Stored in this browser: {size}, {count} datasets',
  'data.cache.free': 'Free space',
  'data.cache.freed':
    'The cached datasets were deleted; they will be downloaded again when needed.',
  'data.cache.full':
    'The browser’s storage is full: this dataset ({size}) is used but not kept for offline use. Free space in the data panel.',
  'data.cache.failed': 'The dataset is used but could not be kept in this browser: {message}',

  // Errors
  'data.error.cors':
    '{url} refuses requests from other sites (its server does not allow cross-origin requests). Download the file with your browser, then add it as a local file.',
  'data.error.unreachable':
    'Could not reach {url}: the server may be down or the network unavailable.',
  'data.error.notFound': '{url} does not exist (404): the file may have moved.',
  'data.error.status': '{url} answered {status}.',
  'data.error.tooLarge':
    '{url} is too large for the browser ({size}; the limit is {limit}). Use a portal query (select, where, group_by) so the portal reduces it before download.',
  'data.error.cancelled': 'The download of {url} was cancelled.',
  'data.error.changed':
    'Dataset "{name}" changed since it was pinned: expected sha256 {old}, got {new} from {url}. It is not used; see the data panel to keep the pinned bytes or re-pin.',
  'data.error.unavailable': 'Dataset "{name}" could not be loaded. {reasons}',
  'data.error.localHint':
    'If this dataset was added from a local file, add the same file again: its hash is checked.',
  'data.error.loadLocal': 'Load a downloaded copy as a local file',
  'data.error.storage': 'The change could not be saved: {message}',

  // Adding
  'data.add': 'Add a dataset',
  'data.add.title': 'Add a dataset',
  'data.add.close': 'Close',
  'data.add.tabs': 'Where the data comes from',
  'data.add.fromUrl': 'From a URL',
  'data.add.fromFile': 'From a local file',
  'data.add.fromPortal': 'Search a portal',
  'data.add.url': 'URL of the file',
  'data.add.format': 'Format',
  'data.add.formatAuto': 'detect ({format})',
  'data.add.name': 'Name in the notebook',
  'data.add.nameHint': 'Cells read it with dataset("{name}").',
  'data.add.nameTaken': 'A dataset named "{name}" exists already.',
  'data.add.nameInvalid': 'A name is letters, digits, - and _, starting with a letter.',
  'data.add.download': 'Download and pin',
  'data.add.downloading': 'Downloading…',
  'data.add.pinned': 'Dataset "{name}" pinned (sha256 {hash}, {size}).',
  'data.add.file': 'Choose a file',
  'data.add.drop': 'or drop a file here',
  'data.add.fileChosen': '{file}, {size}',
  'data.add.fileNote':
    'The file is kept in this browser by its hash; the notebook refers to it by its name.',
  'data.add.pin': 'Pin',
  'data.add.unknownFormat':
    'The format of {file} could not be told from its name or type: choose it.',
  'data.add.licenseField': 'Licence (SPDX id, optional)',
  'data.add.sourceField': 'Source (optional)',
  'data.add.titleField': 'Title (optional)',
  'data.add.notUtf8': '{file} is not UTF-8 text; save it as UTF-8 (or choose another format).',

  // Portal search
  'data.portal.kind': 'Portal',
  'data.portal.opendatasoft': 'Opendatasoft (Explore API v2.1)',
  'data.portal.udata': 'data.gouv.fr (udata)',
  'data.portal.ckan': 'CKAN',
  'data.portal.base': 'Portal address',
  'data.portal.query': 'Search',
  'data.portal.search': 'Search',
  'data.portal.searching': 'Searching…',
  'data.portal.results': 'Results',
  'data.portal.noResults': 'No dataset matches "{query}".',
  'data.portal.publisher': 'Publisher',
  'data.portal.records': '{count} record|{count} records',
  'data.portal.choose': 'Choose',
  'data.portal.resource': 'Resource or export format',
  'data.portal.odsql': 'Reduce it on the portal (ODSQL, optional)',
  'data.portal.select': 'select',
  'data.portal.where': 'where',
  'data.portal.groupBy': 'group_by',
  'data.portal.error': 'The portal could not be searched: {message}',
  'data.portal.chosen': 'Chosen: {title}',
  'data.portal.noResources': 'This dataset has no file the app can read.',
  'data.portal.notApi':
    '{url} does not answer as this kind of portal: check the address and the kind of portal.',
  'data.portal.queryError': 'The portal refused the query: {message}',
  'data.portal.modified': 'Last modified',
  'data.portal.size': 'Size',
  'data.portal.searchLabel': 'Search the portal',
  'data.portal.chooseLabel': 'Choose {title}',
  'data.portal.unreadable': '{title} ({format}, not readable here)',
};
