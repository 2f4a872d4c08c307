import { describe, expect, it } from 'vitest';
import { chainOf } from '../../../src/core/citizen/chain.ts';
import { sectionOf, stepName, withoutHeading } from '../../../src/core/citizen/step-names.ts';
import { notebook } from './helpers.ts';

describe('step names', () => {
  const nb = notebook([
    'Read the data.',
    { js: "const rows = await dataset('rows');" },
    '## Step 1: keep the small ones\n\nBelow the limit.',
    { js: 'const kept = rows.filter((d) => d.x < 3);' },
    'Count them.',
    { js: 'const n = kept.numRows();' },
    '## Step 2: the result',
    { js: 'n', options: 'indicator title="Small rows"' },
  ]);

  it('stepName(notebook, index) is the indicator title, else the section heading, else the title', () => {
    expect([1, 3, 5, 7].map((i) => stepName(nb, i))).toEqual([
      'Test',
      'Step 1: keep the small ones',
      'Step 1: keep the small ones',
      'Small rows',
    ]);
    expect(sectionOf(nb, 7)).toBe('Step 2: the result');
  });

  it('chainOf(notebook, index) gives each step its section and title', () => {
    expect(chainOf(nb, 7).steps.map((s) => [s.cell, s.section, s.title])).toEqual([
      [1, 'Test', null],
      [3, 'Step 1: keep the small ones', null],
      [5, 'Step 1: keep the small ones', null],
      [7, 'Step 2: the result', 'Small rows'],
    ]);
  });

  it('withoutHeading(prose, heading) drops the heading a step is named by, and only it', () => {
    expect(withoutHeading('## Step 1: keep\n\nBelow the limit.', 'Step 1: keep')).toBe(
      'Below the limit.',
    );
    expect(withoutHeading('## Other\n\nText.', 'Step 1: keep')).toBe('## Other\n\nText.');
  });
});
