import { datasetReason, type ErrorParams } from '../errors/index.ts';

/** Where a CSV file breaks the rules of RFC 4180, as the parser would otherwise hide it. */
export interface CsvProblem {
  /** The line (from 1, counting every line break, inside quotes too). */
  line: number;
  /** The English reason; `code` and `params` word it in other languages. */
  reason: string;
  code: 'csv-unclosed-quote' | 'csv-more-fields' | 'csv-fewer-fields';
  params: ErrorParams;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Checks delimited text in one pass: a quoted field never closed, or a record with more or fewer
 * fields than the header. `aq.fromCSV` accepts both silently (dropping or shifting values), so
 * this runs first. Quotes count only at the start of a field, as in the parser; empty lines are
 * skipped. About a tenth of the time of the parse itself.
 */
export function checkCsv(text: string, delimiter = ','): CsvProblem | null {
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let line = 1;
  let recordLine = 1;
  let fields = 1;
  let expected = -1;
  let headerLine = 1;
  let empty = true; // the current record has no character yet
  let fieldStart = true;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    // Most characters are plain text above the quote (34) and not the delimiter: skip runs of
    // them in a tight loop, which keeps this pass far cheaper than the parse.
    if (c > QUOTE && c !== d) {
      fieldStart = false;
      empty = false;
      do ++i;
      while (i < n && (c = text.charCodeAt(i)) > QUOTE && c !== d);
      if (i >= n) break;
    }
    if (c === d) {
      ++fields;
      fieldStart = true;
      empty = false;
    } else if (c === LF || c === CR) {
      if (c === CR && text.charCodeAt(i + 1) === LF) ++i;
      if (!empty) {
        if (expected < 0) {
          expected = fields;
          headerLine = recordLine;
        } else if (fields !== expected) return fieldCount(recordLine, fields, expected, headerLine);
      }
      ++line;
      recordLine = line;
      fields = 1;
      empty = true;
      fieldStart = true;
    } else if (c === QUOTE && fieldStart) {
      const start = line;
      for (;;) {
        ++i;
        if (i >= n) {
          return problem('csv-unclosed-quote', { line: start });
        }
        const q = text.charCodeAt(i);
        if (q === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) ++i;
          else break;
        } else if (q === LF || (q === CR && text.charCodeAt(i + 1) !== LF)) ++line;
      }
      fieldStart = false;
      empty = false;
    } else {
      fieldStart = false;
      empty = false;
    }
    ++i;
  }
  if (!empty && expected >= 0 && fields !== expected) {
    return fieldCount(recordLine, fields, expected, headerLine);
  }
  return null;
}

function fieldCount(line: number, fields: number, expected: number, header: number): CsvProblem {
  const code = fields > expected ? 'csv-more-fields' : 'csv-fewer-fields';
  return problem(code, { line, fields, expected, header });
}

function problem(code: CsvProblem['code'], params: { line: number } & ErrorParams): CsvProblem {
  return { line: params.line, reason: datasetReason(code, params), code, params };
}
