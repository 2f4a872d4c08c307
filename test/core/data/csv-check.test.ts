import { describe, expect, it } from 'vitest';
import { checkCsv } from '../../../src/core/data/csv-check.ts';

describe('checkCsv(text, delimiter)', () => {
  it('accepts well-formed files: quotes, escaped quotes, line breaks in quotes, CRLF, empty lines, no final newline', () => {
    expect(checkCsv('a,b\n1,2\n')).toBeNull();
    expect(checkCsv('\ufeffa,b\r\n"x, y","say ""hi"""\r\n\r\n"two\nlines",3')).toBeNull();
    expect(checkCsv('a;b\n1;2\n', ';')).toBeNull();
    expect(checkCsv('a\tb\n1\t"x\ty"\n', '\t')).toBeNull();
    // A quote inside an unquoted field is text, as the parser reads it.
    expect(checkCsv('a,b\n5" pipe,2\n')).toBeNull();
    expect(checkCsv('\n\na,b\n1,2\n')).toBeNull();
  });

  it('finds an unclosed quote, on the line where it opens', () => {
    expect(checkCsv('a,b\n1,2\n"3,4\n5,6\n')).toEqual({
      line: 3,
      reason: 'the quoted field that starts on line 3 is never closed',
      code: 'csv-unclosed-quote',
      params: { line: 3 },
    });
    expect(checkCsv('a,b\n"x\ny",1\n2,"open')).toMatchObject({ line: 4 });
  });

  it('finds a record with more or fewer fields, counting lines inside quotes', () => {
    expect(checkCsv('a,b\n1,2\n3,4,5\n')).toEqual({
      line: 3,
      reason: 'line 3 has 3 fields, more than the 2 of the header (line 1)',
      code: 'csv-more-fields',
      params: { line: 3, fields: 3, expected: 2, header: 1 },
    });
    expect(checkCsv('a,b\n"x\ny",2\n3\n')).toMatchObject({ line: 4 });
    expect(checkCsv('a,b\n1,2\n3')).toMatchObject({ line: 3 });
    expect(checkCsv('\na,b,c\n1,2\n')).toEqual({
      line: 3,
      reason: 'line 3 has 2 fields, fewer than the 3 of the header (line 2)',
      code: 'csv-fewer-fields',
      params: { line: 3, fields: 2, expected: 3, header: 2 },
    });
    expect(checkCsv('a,b\r\n1,2\r\n3,4,5\r\n')).toMatchObject({ line: 3 });
  });
});
