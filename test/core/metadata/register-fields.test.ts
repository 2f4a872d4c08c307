import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../../../src/core/format/index.ts';
import {
  applyForm,
  beginFromMonth,
  beginMonthValue,
  formOf,
  validateForm,
} from '../../../src/core/metadata/index.ts';

const FILE = `---
algobook: 1
id: aide
title: Aide
transparency:
  purpose: Compute the aid
  begin: 2024-03-15
  contact: aide@ville.fr
---
`;

describe('the register fields in the metadata form (issue 16)', () => {
  it('reads and writes status, begin, organisation, theme, risks and human review', () => {
    const front = parse(FILE).front;
    const form = formOf(front);
    expect(form.transparency).toMatchObject({ begin: '2024-03-15', status: '', organisation: '' });
    form.transparency.status = 'in-use';
    form.transparency.organisation = ' Ville de Lyon ';
    form.transparency.theme = 'Social aid';
    form.transparency.risks = 'A wrong amount';
    form.transparency.humanReview = 'An agent checks each file';
    const next = applyForm(front, form);
    // In the order of the format's keys, the file's own keys first where they were.
    expect(next.transparency).toEqual({
      purpose: 'Compute the aid',
      begin: '2024-03-15',
      contact: 'aide@ville.fr',
      status: 'in-use',
      organisation: 'Ville de Lyon',
      theme: 'Social aid',
      risks: 'A wrong amount',
      humanReview: 'An agent checks each file',
    });
    // What is written opens again.
    const again = parse(serialize({ front: next, cells: [] })).front;
    expect(again.transparency).toEqual(next.transparency);
    // Emptied, a field is removed.
    const cleared = formOf(next);
    cleared.transparency.status = '';
    cleared.transparency.begin = '';
    expect(applyForm(next, cleared).transparency).not.toHaveProperty('status');
    expect(applyForm(next, cleared).transparency).not.toHaveProperty('begin');
  });

  it('shows a stored day as its month, and keeps the day while the month is unchanged', () => {
    expect(beginMonthValue('2024-03-15')).toBe('2024-03');
    expect(beginMonthValue('2024-03')).toBe('2024-03');
    expect(beginMonthValue('')).toBe('');
    expect(beginFromMonth('2024-03-15', '2024-03')).toBe('2024-03-15');
    expect(beginFromMonth('2024-03-15', '2024-04')).toBe('2024-04');
    expect(beginFromMonth('2024-03-15', '')).toBe('');
    expect(beginFromMonth('', '2025-01')).toBe('2025-01');
  });

  it('refuses a status or a begin the file would refuse, and bounds the texts', () => {
    const form = formOf(parse(FILE).front);
    form.transparency.status = 'maybe';
    form.transparency.begin = '2024-13';
    form.transparency.risks = 'x'.repeat(2001);
    expect(validateForm(form)).toEqual([
      { field: 'risks', code: 'too-long', max: 2000 },
      { field: 'status', code: 'status' },
      { field: 'begin', code: 'month' },
    ]);
    form.transparency.status = 'retired';
    form.transparency.begin = '2024-02-29';
    form.transparency.risks = 'Some';
    expect(validateForm(form)).toEqual([]);
  });
});
