/**
 * English messages of the data panel's parse progress and CSV dialect; keys start with `panel.`.
 * Merged into en.ts.
 */
export const panelEn = {
  'panel.parsing': 'Reading the table… {done} of {total}',
  'panel.readAgain': 'Read again',
  'panel.readAgainLabel': 'Read {name} again',

  'panel.dialect': 'How the file is written',
  'panel.dialect.delimiter': 'Separator',
  'panel.dialect.decimal': 'Decimal mark',
  'panel.dialect.encoding': 'Encoding',
  'panel.dialect.dates': 'Dates',
  'panel.dialect.header': 'First line',
  'panel.dialect.unknown': 'not read yet',
  'panel.dialect.fieldOf': '{field} of {name}',

  'panel.delimiter.comma': 'comma',
  'panel.delimiter.semicolon': 'semicolon',
  'panel.delimiter.tab': 'tab',
  'panel.delimiter.pipe': 'vertical bar',
  'panel.decimal.point': 'point (1.5)',
  'panel.decimal.comma': 'comma (1,5)',
  'panel.encoding.utf8': 'UTF-8',
  'panel.encoding.utf16le': 'UTF-16 (little-endian)',
  'panel.encoding.utf16be': 'UTF-16 (big-endian)',
  'panel.encoding.windows1252': 'Windows-1252 (Western European)',
  'panel.dates.iso': 'year-month-day (2024-03-31)',
  'panel.dates.dmy': 'day/month/year (31/03/2024)',
  'panel.dates.none': 'no dates (kept as text)',
  'panel.header.yes': 'names the columns',
  'panel.header.no': 'is data (columns col1, col2…)',
};
