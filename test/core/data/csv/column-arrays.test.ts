import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/core/data/csv/parse-csv.ts';
import type { CsvDialect } from '../../../../src/core/data/csv/types.ts';

// How the engine holds a column's values: read with V8's own checks (natives syntax, allowed
// for the functions compiled after this line).
setFlagsFromString('--allow-natives-syntax');
const holds = (check: string) =>
  new Function('a', `return %${check}(a)`) as (a: unknown) => boolean;
const hasDoubles = holds('HasDoubleElements');
const hasSmallIntegers = holds('HasSmiElements');

const dialect: CsvDialect = {
  delimiter: ',',
  decimal: '.',
  encoding: 'utf-8',
  dates: 'iso',
  header: true,
};

/** 20,000 rows (more than the first 64 KB the arrays are sized from): integers, decimals,
 * text, dates, integers with empty cells. */
function file(): Uint8Array {
  const lines = ['id,value,city,day,count'];
  for (let i = 0; i < 20_000; i++) {
    const day = `2024-01-${String((i % 28) + 1).padStart(2, '0')}`;
    lines.push(`${i},${(i % 977) / 8 - 50},c${i % 9},${day},${i % 7 === 0 ? '' : i % 1000}`);
  }
  return new TextEncoder().encode(lines.join('\n'));
}

describe('parseCsv: how columns are held (numbers unboxed, as the benchmark needs)', () => {
  it('keeps decimals as doubles and integers as small integers, parse after parse', async () => {
    const bytes = file();
    // Arrays made at one place learn the kind of element of the arrays made there before: after
    // columns of text and of nulls, a shared place would make every column hold boxed numbers.
    for (let run = 0; run < 3; run++) {
      const { table } = await parseCsv(bytes, { dialect });
      expect(hasDoubles(table.column('value')), `run ${run}`).toBe(true);
      expect(hasSmallIntegers(table.column('id')), `run ${run}`).toBe(true);
      expect(table.get('value', 1)).toBe(1 / 8 - 50);
      expect(table.get('count', 0)).toBeNull();
      expect(table.get('count', 8)).toBe(8);
    }
  });

  it('turns a column of integers into one of doubles, then of values, when later rows need it', async () => {
    const lines = ['n'];
    for (let i = 0; i < 20_000; i++) lines.push(String(i));
    lines.push('0.5', '', '-0');
    const { table } = await parseCsv(new TextEncoder().encode(lines.join('\n')), { dialect });
    expect(table.numRows()).toBe(20_003);
    expect(table.get('n', 19_999)).toBe(19_999);
    expect(table.get('n', 20_000)).toBe(0.5);
    expect(table.get('n', 20_001)).toBeNull();
    expect(Object.is(table.get('n', 20_002), -0)).toBe(true);
  });
});
