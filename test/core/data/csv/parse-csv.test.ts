import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { describe, expect, it } from 'vitest';
import { ColumnTypeError, csvParsers } from '../../../../src/core/data/column-types.ts';
import { inferredTypesOf, tallying } from '../../../../src/core/data/inferred-types.ts';
import { CsvReadError } from '../../../../src/core/data/csv/csv-error.ts';
import { parseCsv } from '../../../../src/core/data/csv/parse-csv.ts';
import type { CsvDialect, CsvParseOptions } from '../../../../src/core/data/csv/types.ts';
import type { ColumnType } from '../../../../src/core/format/types.ts';
import { errorText } from '../../../../src/core/errors/index.ts';

const COMMA: CsvDialect = {
  delimiter: ',',
  decimal: '.',
  encoding: 'utf-8',
  dates: 'iso',
  header: true,
};
const FRENCH: CsvDialect = { ...COMMA, delimiter: ';', decimal: ',', dates: 'dmy' };

const utf8 = (text: string) => new TextEncoder().encode(text);

function parse(
  text: string | Uint8Array,
  dialect: Partial<CsvDialect> = {},
  options: Partial<CsvParseOptions> = {},
) {
  const bytes = typeof text === 'string' ? utf8(text) : text;
  return parseCsv(bytes, { ...options, dialect: { ...COMMA, ...dialect } });
}

/** The rows of a table as plain objects, dates as ISO text. */
function rows(table: ColumnTable): Record<string, unknown>[] {
  return table
    .objects()
    .map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
      ),
    );
}

/** What a promise gives: its value, or the error's class, code, params and line. */
async function outcome(promise: Promise<unknown>): Promise<unknown> {
  try {
    return { value: await promise };
  } catch (error) {
    if (error instanceof CsvReadError) {
      return { error: error.name, code: error.code, params: error.params, line: error.line };
    }
    return { error: error instanceof Error ? error.message : error };
  }
}

describe('parseCsv(bytes, {dialect}): types as aq.fromCSV infers them', () => {
  it('reads numbers, booleans, ISO dates and text; an empty field is null', async () => {
    const { table, notes } = await parse(
      'n,x,flag,day,name\n1,2.5,true,2024-03-01,Paris\n-3,1e3,false,,"Lyon, 1er"\n,,,2024-12-31,\n',
    );
    expect(rows(table)).toEqual([
      { n: 1, x: 2.5, flag: true, day: '2024-03-01T00:00:00.000Z', name: 'Paris' },
      { n: -3, x: 1000, flag: false, day: null, name: 'Lyon, 1er' },
      { n: null, x: null, flag: null, day: '2024-12-31T00:00:00.000Z', name: null },
    ]);
    expect(notes).toEqual([]);
  });

  it('keeps the header’s order, names that look like numbers included', async () => {
    const { table } = await parse('2021,b,1\nx,y,z\n');
    expect(table.columnNames()).toEqual(['2021', 'b', '1']);
  });

  it('names columns col1, col2… without a header, as Arquero does', async () => {
    const text = 'a,1\nb,2\n';
    const { table } = await parse(text, { header: false });
    expect(table.columnNames()).toEqual(aq.fromCSV(text, { header: false }).columnNames());
    expect(rows(table)).toEqual([
      { col1: 'a', col2: 1 },
      { col1: 'b', col2: 2 },
    ]);
  });

  it('reads a date-time without a zone in UTC, where aq.fromCSV takes the machine’s time zone', async () => {
    // The tests run in Europe/Paris (vite.config.ts): Arquero reads 10:00 there as 09:00 UTC.
    const text = 'at\n2024-03-01T10:00\n2024-07-01T10:00:30\n';
    const { table } = await parse(text);
    expect(rows(table)).toEqual([
      { at: '2024-03-01T10:00:00.000Z' },
      { at: '2024-07-01T10:00:30.000Z' },
    ]);
    expect(rows(aq.fromCSV(text))).toEqual([
      { at: '2024-03-01T09:00:00.000Z' },
      { at: '2024-07-01T08:00:30.000Z' },
    ]);
  });

  it('reads a day the month lacks as text, where Date.parse rolls it over', async () => {
    for (const bad of ['2024-02-30', '2024-01-00', '2024-13-01']) {
      const { table } = await parse(`day\n${bad}\n2024-02-29\n`);
      expect(rows(table)).toEqual([{ day: bad }, { day: '2024-02-29' }]);
    }
  });

  it('looks at every value, not the first 1,000: a late misfit keeps the column text, with a note', async () => {
    const values = Array.from({ length: 1500 }, (_, i) => String(i).padStart(3, '0'));
    values[1200] = 'n/a';
    const text = `code\n${values.join('\n')}\n`;
    const { table, notes } = await parse(text);
    expect(table.array('code')[7]).toBe('007');
    expect(table.array('code')[1200]).toBe('n/a');
    expect(notes).toEqual([
      {
        column: 'code',
        code: 'column-not-number',
        params: { column: 'code', value: 'n/a', line: 1202 },
      },
    ]);
    // Arquero decides from the first 1,000 values and reads the misfit as NaN.
    expect(aq.fromCSV(text).array('code')[1200]).toBeNaN();
  });

  it('reads again as dates the years it first read as numbers', async () => {
    const { table } = await parse('when\n2020\n2021\n2022-05-01\n');
    expect(rows(table)).toEqual([
      { when: '2020-01-01T00:00:00.000Z' },
      { when: '2021-01-01T00:00:00.000Z' },
      { when: '2022-05-01T00:00:00.000Z' },
    ]);
  });

  it('reads a minus and six digits as a date when the column is dates (an expanded year), as Arquero', async () => {
    const text = 'when\n-002024\n2024-05-01\n';
    const { table } = await parse(text);
    expect(rows(table)).toEqual(rows(aq.fromCSV(text)));
    expect(table.array('when')[0]).toBeInstanceOf(Date);
  });

  it('skips an empty line in a file of several columns; in a one-column file it is an empty value', async () => {
    expect(rows((await parse('a,b\n1,2\n\n3,4\n\n')).table)).toEqual([
      { a: 1, b: 2 },
      { a: 3, b: 4 },
    ]);
    expect(rows((await parse('x\n1\n\n3\n')).table)).toEqual([{ x: 1 }, { x: null }, { x: 3 }]);
  });

  it('renames a second column of the same name, with a note, where Arquero loses the first', async () => {
    const { table, notes } = await parse('a,b,a\n1,2,3\n');
    expect(rows(table)).toEqual([{ a: 1, b: 2, a_2: 3 }]);
    expect(notes).toEqual([
      { column: 'a_2', code: 'column-renamed', params: { column: 'a_2', name: 'a', line: 1 } },
    ]);
  });

  it('reads a quoted field followed by more text as one text, where Arquero shifts the fields', async () => {
    const { table } = await parse('a,b\n"x"y,1\n');
    expect(rows(table)).toEqual([{ a: 'xy', b: 1 }]);
  });

  it('keeps a column named __proto__ or constructor a column', async () => {
    const { table } = await parse('__proto__,constructor\n1,x\n');
    expect(table.columnNames()).toEqual(['__proto__', 'constructor']);
    expect(Array.from(table.array('__proto__') as ArrayLike<unknown>)).toEqual([1]);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe('parseCsv: the dialect', () => {
  it('reads decimal commas, negative ones, and groups of thousands (space, no-break, narrow no-break)', async () => {
    const { table, notes } = await parse(
      'code_insee;nom;population;surface_km2\n75101;Paris 1er;15 917;1,83\n75102;Paris 2e;21\u00a0595,5;-0,99\n75103;Paris 3e;1\u202f234\u202f567;5\n',
      FRENCH,
    );
    expect(rows(table)).toEqual([
      { code_insee: 75101, nom: 'Paris 1er', population: 15917, surface_km2: 1.83 },
      { code_insee: 75102, nom: 'Paris 2e', population: 21595.5, surface_km2: -0.99 },
      { code_insee: 75103, nom: 'Paris 3e', population: 1234567, surface_km2: 5 },
    ]);
    expect(notes).toEqual([]);
  });

  it('keeps a decimal-comma column with one bad value as text, and says why', async () => {
    const { table, notes } = await parse('nom;taux\na;1,5\nb;2,25\nc;n.d.\nd;3\n', FRENCH);
    expect(table.array('taux')).toEqual(['1,5', '2,25', 'n.d.', '3']);
    expect(notes).toEqual([
      {
        column: 'taux',
        code: 'column-not-number',
        params: { column: 'taux', value: 'n.d.', line: 4 },
      },
    ]);
    const [note] = notes;
    expect(errorText('en', note.code, note.params, '')).toBe(
      'column "taux" is read as text: its values are numbers, but "n.d." on line 4 is not',
    );
    expect(errorText('fr', note.code, note.params, '')).toContain(
      'sauf «\u00a0n.d.\u00a0» à la ligne 4',
    );
  });

  it('counts lines inside quotes for a note’s line', async () => {
    const { notes } = await parse('note,n\n"two\nlines",1\nx,2\ny,oops\n');
    expect(notes[0].params).toEqual({ column: 'n', value: 'oops', line: 5 });
  });

  it('gives no note for a text column, nor for a column with many misfits', async () => {
    const { notes } = await parse('a,b\nx,1\ny,z\nw,v\n');
    expect(notes).toEqual([]);
  });

  it('reads dd/mm/yyyy and dd/mm/yyyy hh:mm as UTC dates', async () => {
    const { table } = await parse(
      'jour;heure\n01/03/2024;01/03/2024 10:05\n5/1/1999;31/12/2024 23:59\n',
      FRENCH,
    );
    expect(rows(table)).toEqual([
      { jour: '2024-03-01T00:00:00.000Z', heure: '2024-03-01T10:05:00.000Z' },
      { jour: '1999-01-05T00:00:00.000Z', heure: '2024-12-31T23:59:00.000Z' },
    ]);
  });

  it('keeps an invalid date as text, noted; oui/non stay text', async () => {
    const { table, notes } = await parse(
      'jour;ouvert\n28/02/2024;oui\n31/02/2024;non\n01/03/2024;oui\n',
      FRENCH,
    );
    expect(rows(table)).toEqual([
      { jour: '28/02/2024', ouvert: 'oui' },
      { jour: '31/02/2024', ouvert: 'non' },
      { jour: '01/03/2024', ouvert: 'oui' },
    ]);
    expect(notes).toEqual([
      {
        column: 'jour',
        code: 'column-not-date',
        params: { column: 'jour', value: '31/02/2024', line: 3 },
      },
    ]);
  });

  it('reads no dates with dates: none, and no dd/mm/yyyy with dates: iso', async () => {
    const text = 'a;b\n2024-03-01;01/03/2024\n';
    expect(rows((await parse(text, { ...FRENCH, dates: 'none' })).table)).toEqual([
      { a: '2024-03-01', b: '01/03/2024' },
    ]);
    expect(rows((await parse(text, { ...FRENCH, dates: 'iso' })).table)).toEqual([
      { a: '2024-03-01T00:00:00.000Z', b: '01/03/2024' },
    ]);
  });

  it('splits on the dialect’s delimiter: tab and pipe', async () => {
    expect(rows((await parse('a\tb\n1\t"x\ty"\n', { delimiter: '\t' })).table)).toEqual([
      { a: 1, b: 'x\ty' },
    ]);
    expect(rows((await parse('a|b\n1|2,5\n', { delimiter: '|' })).table)).toEqual([
      { a: 1, b: '2,5' },
    ]);
  });
});

describe('parseCsv: encodings', () => {
  const text = 'nom;n\nCôte-d’Or;1\nÉvry;2\n';

  it('skips a UTF-8 byte-order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    const { table } = await parse(bytes, FRENCH);
    expect(table.columnNames()).toEqual(['nom', 'n']);
    expect(table.array('nom')).toEqual(['Côte-d’Or', 'Évry']);
  });

  it('reads Windows-1252', async () => {
    // é is 0xE9, É 0xC9, ô 0xF4 and ’ 0x92 in Windows-1252.
    const bytes = Uint8Array.from(
      [...text].map((ch) => ({ é: 0xe9, É: 0xc9, ô: 0xf4, '’': 0x92 })[ch] ?? ch.charCodeAt(0)),
    );
    const { table } = await parse(bytes, { ...FRENCH, encoding: 'windows-1252' });
    expect(table.array('nom')).toEqual(['Côte-d’Or', 'Évry']);
  });

  it('reads UTF-16, little and big endian, with their byte-order mark', async () => {
    const units = [0xfeff, ...[...text].map((ch) => ch.charCodeAt(0))];
    const le = new Uint8Array(units.flatMap((u) => [u & 0xff, u >> 8]));
    const be = new Uint8Array(units.flatMap((u) => [u >> 8, u & 0xff]));
    for (const [bytes, encoding] of [
      [le, 'utf-16le'],
      [be, 'utf-16be'],
    ] as const) {
      const { table } = await parse(bytes, { ...FRENCH, encoding });
      expect(table.columnNames()).toEqual(['nom', 'n']);
      expect(table.array('nom')).toEqual(['Côte-d’Or', 'Évry']);
    }
  });

  it('rejects bytes that are not UTF-8 when the dialect says UTF-8', async () => {
    expect(await outcome(parse(new Uint8Array([0x61, 0x0a, 0xe9, 0x0a])))).toEqual({
      error: 'CsvReadError',
      code: 'dataset-not-utf8',
      params: {},
      line: undefined,
    });
  });
});

describe('parseCsv: malformed files, as csv-check.ts reports them', () => {
  it('finds a record with more or fewer fields, with its line (lines in quotes count)', async () => {
    expect(await outcome(parse('a,b\n1,2\n3,4,5\n'))).toEqual({
      error: 'CsvReadError',
      code: 'csv-more-fields',
      params: { line: 3, fields: 3, expected: 2, header: 1 },
      line: 3,
    });
    expect(await outcome(parse('\na,b\n"x\ny",2\n3\n'))).toEqual({
      error: 'CsvReadError',
      code: 'csv-fewer-fields',
      params: { line: 5, fields: 1, expected: 2, header: 2 },
      line: 5,
    });
  });

  it('finds a quote never closed, on the line where it opens', async () => {
    expect(await outcome(parse('a,b\n1,2\n"3,4\n5,6\n'))).toMatchObject({
      code: 'csv-unclosed-quote',
      params: { line: 3 },
      line: 3,
    });
  });

  it('rejects an empty or blank file', async () => {
    for (const text of ['', '\n\r\n', '  \n\t']) {
      expect(await outcome(parse(text))).toMatchObject({ code: 'dataset-empty' });
    }
  });

  it('reads the semicolon file of issue 13 with its dialect (a comma dialect would fail)', async () => {
    const text = 'code_insee;nom;population;surface_km2\n75101;Paris 1er;15917;1,83\n';
    expect(await outcome(parse(text))).toMatchObject({ code: 'csv-more-fields' });
    expect(rows((await parse(text, FRENCH)).table)).toEqual([
      { code_insee: 75101, nom: 'Paris 1er', population: 15917, surface_km2: 1.83 },
    ]);
  });
});

describe('parseCsv: forced column types, as the csv path of parse-dataset forces them', () => {
  /** Today's path: aq.fromCSV with csvParsers, tallied. */
  function today(text: string, columns: Record<string, ColumnType>) {
    const parsers = tallying(csvParsers(columns));
    return { table: aq.fromCSV(text, { parse: parsers.parsers }), types: parsers.types() };
  }

  it('gives the same values and remembers the same inferred types', async () => {
    const text = 'code,n,flag,day,x\n01004,1,true,2024-03-01,1.5\n75056,2,false,2024-03-02,2\n';
    const columns: Record<string, ColumnType> = {
      code: 'string',
      n: 'number',
      flag: 'boolean',
      day: 'date',
      x: 'number',
    };
    const { table } = await parse(text, {}, { columns });
    const expected = today(text, columns);
    expect(rows(table)).toEqual(rows(expected.table));
    expect(inferredTypesOf(table)).toEqual([
      { name: 'code', type: expected.types.code },
      { name: 'n', type: expected.types.n },
      { name: 'flag', type: expected.types.flag },
      { name: 'day', type: expected.types.day },
      { name: 'x', type: expected.types.x },
    ]);
    expect(inferredTypesOf(table).map((c) => c.type)).toEqual([
      'integer',
      'integer',
      'boolean',
      'date',
      'number',
    ]);
  });

  it('throws the same ColumnTypeError on a value that does not convert', async () => {
    const text = 'n\n1\nabc\n';
    const error = await parse(text, {}, { columns: { n: 'integer' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ColumnTypeError);
    expect(() => today(text, { n: 'integer' })).toThrow((error as Error).message);
  });

  it('reads forced numbers and dates as the dialect writes them', async () => {
    const { table } = await parse('n;jour\n15 917,5;01/03/2024 10:05\n', FRENCH, {
      columns: { n: 'number', jour: 'date' },
    });
    expect(rows(table)).toEqual([{ n: 15917.5, jour: '2024-03-01T10:05:00.000Z' }]);
    expect(inferredTypesOf(table).map((c) => c.type)).toEqual(['number', 'date']);
  });
});

describe('parseCsv: progress and cancel', () => {
  /** A file of about `size` bytes. */
  function big(size: number): Uint8Array {
    const line = '12345,abcdef,2024-03-01,1.5\n';
    return utf8('a,b,c,d\n' + line.repeat(Math.ceil(size / line.length)));
  }

  it('tells how many bytes are done, every few megabytes, up to all of them', async () => {
    const bytes = big(10 << 20);
    const seen: [number, number][] = [];
    await parseCsv(bytes, {
      dialect: COMMA,
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.at(-1)).toEqual([bytes.length, bytes.length]);
    for (let i = 1; i < seen.length; ++i) expect(seen[i][0]).toBeGreaterThan(seen[i - 1][0]);
  });

  it('stops when a cancel message arrives during the parse, rejecting with the signal’s reason', async () => {
    const bytes = big(10 << 20);
    const controller = new AbortController();
    // The cancel comes as a worker's would: a message, handled only if the parse lets the
    // event loop turn.
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => controller.abort(new Error('cancelled by the reader'));
    let chunks = 0;
    const parsing = parseCsv(bytes, {
      dialect: COMMA,
      signal: controller.signal,
      onProgress: () => {
        if (++chunks === 1) port2.postMessage('cancel');
      },
    });
    await expect(parsing).rejects.toThrow('cancelled by the reader');
    expect(chunks).toBeLessThan(3);
    port1.close();
  });

  it('rejects at once with a signal already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('too late'));
    await expect(parse('a\n1\n', {}, { signal: controller.signal })).rejects.toThrow('too late');
  });
});
