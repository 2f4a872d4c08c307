const QUOTE = '"';

/**
 * Splits delimited text into records of fields, for detection: quotes count at the start of a
 * field (`""` inside is one quote), line ends inside quotes belong to the field, empty lines are
 * skipped. Stops after `max` records; a quoted field left open at the end closes there.
 */
export function splitRecords(text: string, delimiter: string, max = Infinity): string[][] {
  const records: string[][] = [];
  const n = text.length;
  let i = 0;
  while (i < n && records.length < max) {
    const record: string[] = [];
    let field = '';
    let atStart = true;
    let empty = true;
    for (; i < n; ++i) {
      const c = text[i];
      if (atStart && c === QUOTE) {
        // A quoted field: up to the quote that is not doubled.
        empty = false;
        for (++i; i < n; ++i) {
          if (text[i] !== QUOTE) field += text[i];
          else if (text[i + 1] === QUOTE) field += text[++i];
          else break;
        }
        atStart = false;
      } else if (c === delimiter) {
        record.push(field);
        field = '';
        atStart = true;
        empty = false;
      } else if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i + 1] === '\n') ++i;
        ++i;
        break;
      } else {
        field += c;
        atStart = false;
        empty = false;
      }
    }
    if (empty) continue;
    record.push(field);
    records.push(record);
  }
  return records;
}
