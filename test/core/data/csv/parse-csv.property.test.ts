import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/core/data/csv/parse-csv.ts';
import type { CsvDelimiter } from '../../../../src/core/data/csv/types.ts';
import { makeCsv } from '../../../../bench/csv-parse/make-csv.ts';

/** A cell's value in a form two tables can be compared by: dates as their time. */
function comparable(value: unknown): unknown {
  if (value instanceof Date) return { date: value.getTime() };
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN (number)';
  if (Object.is(value, -0)) return '-0';
  return value;
}

/** Names, then each column as the type and comparable form of each value. */
function contents(table: ColumnTable): unknown {
  return table.columnNames().map((name) => ({
    name,
    values: Array.from(table.array(name) as ArrayLike<unknown>, (v) => [typeof v, comparable(v)]),
  }));
}

// Values a column may hold: each column draws from one pool, plus empty cells, so that columns
// of every type (and mixed ones) come out. Date-times without a zone are left out: Arquero reads
// them in the machine's time zone, parseCsv in UTC (parse-csv.test.ts tests that difference).
const integer = fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String);
const decimal = fc
  .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
  .map((n) => String(n));
const exponent = fc
  .tuple(fc.integer({ min: -999, max: 999 }), fc.integer({ min: -30, max: 30 }))
  .map(([m, e]) => `${m / 100}e${e}`);
const oddNumber = fc.constantFrom(
  'NaN',
  'Infinity',
  '-0',
  '.5',
  '5.',
  '+3',
  '007',
  ' 12 ',
  '0x1F',
  '1_000',
);
const day = fc.date({
  min: new Date('1900-01-01'),
  max: new Date('2100-12-31'),
  noInvalidDate: true,
});
const isoDate = day.map((d) => d.toISOString().slice(0, 10));
const isoMonth = day.map((d) => d.toISOString().slice(0, 7));
const isoZoned = fc
  .tuple(day, fc.constantFrom('Z', '+02:00', '-05:30'))
  .map(([d, zone]) => d.toISOString().slice(0, 19) + zone);
const year = fc.integer({ min: 1000, max: 2999 }).map(String);
const bool = fc.constantFrom('true', 'false');
const text = fc.string({
  unit: fc.constantFrom(
    'a',
    'b',
    'Z',
    ' ',
    '1',
    '-',
    '.',
    ',',
    ';',
    '\t',
    '|',
    '"',
    '\n',
    '\r\n',
    'é',
    '€',
    '’',
    '😀',
  ),
  maxLength: 8,
});
const pools = [
  integer,
  decimal,
  exponent,
  oddNumber,
  isoDate,
  isoMonth,
  isoZoned,
  year,
  bool,
  text,
];
const cell = (pool: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 6, arbitrary: pool },
    { weight: 1, arbitrary: fc.constant('') },
    {
      weight: 1,
      arbitrary: fc.oneof(...pools),
    },
  );

// Not blank: a file of white space only is empty, for parseCsv as for parse-dataset before it.
const name = fc
  .string({
    unit: fc.constantFrom('a', 'b', 'c', 'é', ' ', '"', ',', ';', '1'),
    minLength: 1,
    maxLength: 5,
  })
  .filter((n) => n.trim() !== '');

/** A CSV file as a spreadsheet would write it, and its delimiter. */
const csvFile = fc
  .record({
    delimiter: fc.constantFrom<CsvDelimiter>(',', ';', '\t', '|'),
    newline: fc.constantFrom('\n', '\r\n'),
    finalNewline: fc.boolean(),
    quoteAll: fc.boolean(),
    names: fc.uniqueArray(name, { minLength: 1, maxLength: 5 }),
    pools: fc.array(fc.integer({ min: 0, max: pools.length - 1 }), { minLength: 5, maxLength: 5 }),
    rows: fc.integer({ min: 0, max: 30 }),
    seed: fc.integer(),
  })
  .chain((spec) =>
    fc
      .array(fc.tuple(...spec.names.map((_, c) => cell(pools[spec.pools[c]]))), {
        minLength: spec.rows,
        maxLength: spec.rows,
      })
      .map((rows) => {
        const field = (value: string) =>
          spec.quoteAll || value.includes(spec.delimiter) || /["\r\n]/.test(value)
            ? `"${value.replaceAll('"', '""')}"`
            : value;
        const lines = [spec.names, ...rows].map((row) => row.map(field).join(spec.delimiter));
        return {
          delimiter: spec.delimiter,
          text: lines.join(spec.newline) + (spec.finalNewline ? spec.newline : ''),
        };
      }),
  );

describe('parseCsv(bytes, {dialect}) equals aq.fromCSV', () => {
  it('on generated files: quotes, line breaks and delimiters in quotes, escaped quotes, empty fields, numbers, dates, booleans', async () => {
    await fc.assert(
      fc.asyncProperty(csvFile, async ({ delimiter, text }) => {
        const expected = aq.fromCSV(text, { delimiter });
        const { table } = await parseCsv(new TextEncoder().encode(text), {
          dialect: { delimiter, decimal: '.', encoding: 'utf-8', dates: 'iso', header: true },
        });
        expect(contents(table)).toEqual(contents(expected));
      }),
      { numRuns: 400 },
    );
  });

  it('on the benchmark’s file: 3,000 rows of mixed columns, commas or semicolons with decimal commas', async () => {
    const comma = makeCsv(3000);
    const expected = aq.fromCSV(new TextDecoder().decode(comma));
    const { table } = await parseCsv(comma, {
      dialect: { delimiter: ',', decimal: '.', encoding: 'utf-8', dates: 'iso', header: true },
    });
    expect(contents(table)).toEqual(contents(expected));

    // Arquero reads no dd/mm/yyyy dates: the other columns are compared.
    const french = makeCsv(3000, true);
    const plain = aq.fromCSV(new TextDecoder().decode(french), { delimiter: ';', decimal: ',' });
    const parsed = await parseCsv(french, {
      dialect: { delimiter: ';', decimal: ',', encoding: 'utf-8', dates: 'dmy', header: true },
    });
    expect(contents(parsed.table.select(aq.not('day')))).toEqual(
      contents(plain.select(aq.not('day'))),
    );
    expect(parsed.table.array('day')[0]).toEqual(new Date('2024-01-01T00:00:00Z'));
  });
});
