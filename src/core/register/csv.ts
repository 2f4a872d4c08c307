/**
 * CSV as RFC 4180 writes it, for the spreadsheets registers are kept in: fields holding a comma,
 * a quote, CR or LF are quoted (quotes doubled), rows end with CRLF, and the text starts with a
 * UTF-8 byte order mark so that a spreadsheet reads accents right. A cell that starts with
 * `=`, `+`, `-`, `@`, a tab or CR gets a leading `'`: a stranger's card must never become a
 * formula in a city's spreadsheet.
 */
export function csvText(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

/** One cell, neutralised and quoted when needed. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
