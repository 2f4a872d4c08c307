import { describe, expect, it } from 'vitest';
import { AUTHOR_FIELDS, deriveCard } from '../../../src/core/citizen/card.ts';
import { cardCompleteness } from '../../../src/core/citizen/completeness.ts';
import { cardGaps } from '../../../src/core/citizen/gaps.ts';
import { errorText } from '../../../src/core/errors/index.ts';
import { FormatError } from '../../../src/core/format/errors.ts';
import { parse } from '../../../src/core/format/parse.ts';
import { isMonthOrDay } from '../../../src/core/format/transparency.ts';
import { notebook, SHA } from './helpers.ts';

/** A file whose `transparency` block starts on line 5; its first key is on line 6. */
const withTransparency = (yaml: string) =>
  `---\nalgobook: 1\nid: test\ntitle: Test\ntransparency:\n${yaml}---\n`;

function thrown(text: string): FormatError {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error(`parse did not throw: ${text}`);
}

/** The error in English and French, with its code and line. */
function reported(yaml: string) {
  const error = thrown(withTransparency(yaml));
  return {
    code: error.code,
    line: error.line,
    en: errorText('en', error.code, error.params, ''),
    fr: errorText('fr', error.code, error.params, ''),
  };
}

describe('the register keys of `transparency` (issue 16)', () => {
  it('refuses a status outside the three values, at its line, in English and French', () => {
    expect(reported('  purpose: Inform\n  status: maybe\n')).toEqual({
      code: 'format-status-value',
      line: 7,
      en: 'Line 7: `transparency.status` must be one of `development`, `in-use`, `retired`, not "maybe"',
      fr: 'Ligne 7\u00a0: `transparency.status` doit valoir `development`, `in-use`, `retired`, pas "maybe"',
    });
    // The words a reader sees are not values: the file says the value.
    expect(reported('  status: In use\n').code).toBe('format-status-value');
  });

  it('refuses a begin that is not a month or a day that exists', () => {
    const month = reported('  begin: 2024-13\n');
    expect(month).toEqual({
      code: 'format-begin-not-month',
      line: 6,
      en: 'Line 6: `transparency.begin` must be a month or a day that exists, written 2024-03 or 2024-03-15, not "2024-13"',
      fr: 'Ligne 6\u00a0: `transparency.begin` doit être un mois ou un jour qui existe, écrit 2024-03 ou 2024-03-15, pas "2024-13"',
    });
    expect(reported('  purpose: x\n  contact: y\n  begin: 2023-02-30\n')).toMatchObject({
      code: 'format-begin-not-month',
      line: 8,
    });
    expect(reported('  begin: 2023-02-29\n').code).toBe('format-begin-not-month');
    expect(reported('  begin: 2024-3\n').code).toBe('format-begin-not-month');
    expect(reported('  begin: March 2024\n').code).toBe('format-begin-not-month');
  });

  it('refuses a begin written as a number, asking for text', () => {
    expect(reported('  begin: 2024\n')).toEqual({
      code: 'format-date-not-text',
      line: 6,
      en: 'Line 6: `transparency.begin` must be text, not 2024 (write the date as text, e.g. "2026-11-25")',
      fr: expect.stringMatching(/^Ligne 6\u00a0: `transparency\.begin` /),
    });
  });

  it('refuses the text keys when not text', () => {
    for (const key of ['organisation', 'theme', 'risks', 'humanReview', 'status'])
      expect(reported(`  purpose: x\n  ${key}: [a, b]\n`)).toMatchObject({
        code: 'format-key-not-text',
        line: 7,
        en: `Line 7: \`transparency.${key}\` must be text, not a list`,
      });
  });

  it('accepts good values, empty ones, and a leap day', () => {
    const nb = parse(
      withTransparency(
        '  status: in-use\n  begin: 2024-02-29\n  organisation: Ville de Lyon\n  theme: Mobility\n  risks: Bias\n  humanReview: An agent checks\n',
      ),
    );
    expect(nb.front.transparency).toMatchObject({ status: 'in-use', begin: '2024-02-29' });
    for (const status of ['development', 'in-use', 'retired'])
      expect(parse(withTransparency(`  status: ${status}\n`)).front.transparency).toEqual({
        status,
      });
    expect(parse(withTransparency('  begin: "2024-03"\n  status:\n')).front.transparency).toEqual({
      begin: '2024-03',
      status: null,
    });
    expect(parse(withTransparency('  begin: ""\n  status: ""\n')).front.transparency).toEqual({
      begin: '',
      status: '',
    });
  });

  it('knows the days of each month, leap years included', () => {
    expect(
      ['2024-01', '2024-12', '2024-01-31', '2000-02-29', '2024-04-30'].map(isMonthOrDay),
    ).toEqual([true, true, true, true, true]);
    expect(
      ['2024-00', '2024-04-31', '1900-02-29', '2024-01-00', '0000-02-30', '24-01'].map(
        isMonthOrDay,
      ),
    ).toEqual([false, false, false, false, false, false]);
  });
});

const FULL = `algobook: 1
id: full
title: Full
datasets:
  rows:
    url: data/rows.csv
    format: csv
    sha256: ${SHA}
    license: etalab-2.0
    source: A city
transparency:
  purpose: Count the rows
  contribution: Informs the agent
  automation: Helps an agent decide
  legalBasis: Arrêté du 1er janvier
  organisation: " Ville de Lyon "
  administration: Direction des mobilités
  status: in-use
  contact: mobilites@example.org
  updated: 2026-11-25
  begin: 2024-03
  theme: Mobility
  risks: A wrong count delays an answer
  humanReview: An agent reads every result
`;

const CELLS = [
  'Read the rows.',
  { js: "const rows = await dataset('rows');" },
  { js: "const limit = view(Inputs.range([0, 10], { label: 'Limit', step: 2 }));" },
  'Count the small ones.',
  { js: 'rows.filter(aq.escape((d) => d.x < limit)).numRows()', options: 'indicator' },
];

describe('deriveCard and the register fields', () => {
  it('carries the six fields as written, trimmed', () => {
    expect(deriveCard(notebook(CELLS, FULL))).toMatchObject({
      status: 'in-use',
      begin: '2024-03',
      organisation: 'Ville de Lyon',
      theme: 'Mobility',
      risks: 'A wrong count delays an answer',
      humanReview: 'An agent reads every result',
    });
  });

  it('gives null for fields left empty', () => {
    const card = deriveCard(
      notebook(CELLS, 'algobook: 1\nid: t\ntitle: T\ntransparency:\n  status: ""\n  risks: " "\n'),
    );
    expect([
      card.status,
      card.begin,
      card.organisation,
      card.theme,
      card.risks,
      card.humanReview,
    ]).toEqual([null, null, null, null, null, null]);
  });
});

describe('cardCompleteness', () => {
  it('counts a complete notebook as n of n', () => {
    const nb = notebook(CELLS, FULL);
    const { filled, total, gaps } = cardCompleteness(nb);
    expect(gaps).toEqual([]);
    // The author fields, the key result, the dataset, the parameter and the two steps.
    expect(total).toBe(AUTHOR_FIELDS.length + 1 + 1 + 1 + 2);
    expect(filled).toBe(total);
  });

  it('counts each missing item once, with the checklist gaps', () => {
    const front = FULL.replace('  organisation: " Ville de Lyon "\n', '')
      .replace('  status: in-use\n', '')
      .replace('    source: A city\n', '')
      .replace('    license: etalab-2.0\n', '');
    const cells = CELLS.map((c) => (c === 'Count the small ones.' ? '' : c));
    const nb = notebook(cells, front);
    const result = cardCompleteness(nb);
    expect(result.gaps).toEqual(cardGaps(nb));
    expect(result.gaps).toContainEqual({ kind: 'field', field: 'organisation' });
    expect(result.gaps).toContainEqual({ kind: 'field', field: 'status' });
    // organisation, status, the dataset (two gaps, one item) and the last step's prose.
    expect(result.total - result.filled).toBe(4);
    expect(result.total).toBe(AUTHOR_FIELDS.length + 5);
  });

  it('does not count the optional register fields', () => {
    const front = FULL.replace(
      / {2}begin:.*\n {2}theme:.*\n {2}risks:.*\n {2}humanReview:.*\n/,
      '',
    );
    const { filled, total } = cardCompleteness(notebook(CELLS, front));
    expect({ filled, total }).toEqual({
      filled: AUTHOR_FIELDS.length + 5,
      total: AUTHOR_FIELDS.length + 5,
    });
  });

  it('counts a notebook with no indicator and an unlabelled input', () => {
    const nb = notebook([{ js: 'const a = view(Inputs.text())' }, { js: 'a.length' }]);
    const result = cardCompleteness(nb);
    expect(result.gaps).toEqual(cardGaps(nb));
    // Every author field, the key result, the parameter's label and the step's prose.
    expect(result.filled).toBe(0);
  });
});
