import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import { RawTypeTally } from '../../../src/core/data/inferred-types.ts';
import { inferColumnTypes } from '../../../src/core/data/column-types.ts';

/** The type RawTypeTally gives text values, and the one Arquero's own CSV inference gives. */
function both(values: string[]): { tally: string; arquero: string } {
  const tally = new RawTypeTally();
  for (const value of values) if (value !== '') tally.see(value);
  const csv = `v\n${values.join('\n')}\n`;
  return { tally: tally.type, arquero: inferColumnTypes(aq.fromCSV(csv))[0].type };
}

describe('RawTypeTally', () => {
  it.each([
    ['integers', ['01004', '75056', '', '7']],
    ['decimals', ['1.5', '2', 'NaN']],
    ['booleans', ['true', 'false', '']],
    ['ISO dates', ['2024-01-31', '2024-02-01T10:00Z']],
    ['text', ['1', 'true', 'x']],
    ['numbers and booleans', ['1', 'true']],
  ])('tally.type of %s is what Arquero infers for the same column', (_what, values) => {
    const { tally, arquero } = both(values);
    expect(tally).toBe(arquero);
  });

  it('tally.type is text for a column of empty values only', () => {
    expect(new RawTypeTally().type).toBe('string');
  });
});
