/**
 * English messages of a published version's output snapshot on the reader's page (issue 15);
 * keys start with `snapshot.`. Merged into en.ts.
 */
export const snapshotEn = {
  'snapshot.mark.published': 'Published results',
  'snapshot.mark.publishedText':
    'Shown as they were published; the notebook is being re-run now in this browser.',
  'snapshot.mark.reproduced': 'Reproduced just now',
  'snapshot.mark.reproducedText':
    'The notebook ran again in this browser and gave the published results.',
  'snapshot.mark.differs': 'Not the published results',
  'snapshot.mark.differsText':
    'The live run differs from the published results in cell {cells}.|The live run differs from the published results in cells {cells}.',
  'snapshot.mark.unchecked': 'Live results',
  'snapshot.mark.uncheckedText': 'The live run could not be compared with the published results.',
  'snapshot.mark.uncheckedCells':
    'Cell {cells} could not be compared with the published results.|Cells {cells} could not be compared with the published results.',
  'snapshot.ignored.other-version':
    'The published results were ignored: they do not belong to this version.',
  'snapshot.ignored.invalid':
    'The published results were ignored: their file is not a valid results file.',
  'snapshot.ignored.not-json':
    'The published results were ignored: their file is not a valid results file.',
  'snapshot.ignored.too-large': 'The published results were ignored: their file is too large.',
  'snapshot.published': 'Published',
  'snapshot.now': 'Now',
  'snapshot.difference': 'Difference',
  'snapshot.tableRows': 'Published: {published} rows. Now: {now} rows.',
  'snapshot.firstRow': 'First row that differs: row {row}.',
  'snapshot.differs': 'The output differs from the published one.',
};
