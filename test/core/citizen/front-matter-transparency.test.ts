import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../src/core/format/errors.ts';
import { parse } from '../../../src/core/format/parse.ts';

const withTransparency = (yaml: string) =>
  `---\nalgobook: 1\nid: test\ntitle: Test\ntransparency:${yaml}\n---\n`;

function error(text: string): { line: number; reason: string } {
  try {
    parse(text);
  } catch (e) {
    if (e instanceof FormatError) return { line: e.line, reason: e.reason };
    throw e;
  }
  throw new Error('parse did not throw');
}

describe('the `transparency` block of the front matter', () => {
  it('is read as text, empty fields and unknown keys kept', () => {
    const nb = parse(
      withTransparency('\n  purpose: Inform\n  updated: 2026-11-25\n  contact:\n  budget: 3'),
    );
    expect(nb.front.transparency).toEqual({
      purpose: 'Inform',
      updated: '2026-11-25',
      contact: null,
      budget: 3,
    });
    expect(parse(withTransparency('')).front.transparency).toBeNull();
  });

  it('refuses a block that is not a mapping, at its line', () => {
    expect(error(withTransparency(' just text'))).toEqual({
      line: 5,
      reason:
        '`transparency` must be a mapping of `purpose`, `contribution`, `automation`, `legalBasis`, `administration`, `contact`, `updated`, `status`, `begin`, `organisation`, `theme`, `risks`, `humanReview` to text, not "just text"',
    });
  });

  it('refuses a field that is not text, at its line', () => {
    expect(error(withTransparency('\n  purpose: Inform\n  automation: [a, b]'))).toEqual({
      line: 7,
      reason: '`transparency.automation` must be text, not a list',
    });
    expect(error(withTransparency('\n  updated: 2026'))).toEqual({
      line: 6,
      reason:
        '`transparency.updated` must be text, not 2026 (write the date as text, e.g. "2026-11-25")',
    });
  });
});
