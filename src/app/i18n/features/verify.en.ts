/**
 * English messages of the trust work on versions (verify without anchor, publishing refused
 * with failing cells); keys start with `verify.`. Merged into en.ts.
 */
export const verifyEn = {
  'verify.unchecked':
    'Results reproduce; the identity of this copy was not checked: no published record (the site’s catalog, or a link with #sha256=) says that this text is the one published. Its author, or anyone who edited it, may have changed its prose or its data sources and recorded its own results.',
  'verify.failingCells':
    'Not published: {count} cell fails. A version records the results of a notebook that runs; fix it first:|Not published: {count} cells fail. A version records the results of a notebook that runs; fix them first:',
  'verify.failingCell': 'Cell {n}: {error}',
  'verify.pageDigest':
    'Cell {n}: what this page shows is not what its runner reported (the digests differ). This notebook’s code tampered with its runner; the digest of what the page shows is the one compared.',
  'verify.shownUnchecked':
    'Results reproduce; cell {cells} could not be checked against what this page shows: its tables have columns the page cannot digest itself, so its reproduced result rests on the runner’s word alone.|Results reproduce; cells {cells} could not be checked against what this page shows: their tables have columns the page cannot digest itself, so their reproduced results rest on the runner’s word alone.',
};
