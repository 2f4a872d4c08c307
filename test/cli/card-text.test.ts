import { describe, expect, it } from 'vitest';
import { deriveCard } from '../../src/core/citizen/card.ts';
import { renderCard } from '../../src/cli/card.ts';
import { notebook } from '../core/citizen/helpers.ts';

const FRONT = `algobook: 1
id: aide
title: Aide
transparency:
  purpose: Compute the aid
  organisation: Ville de Lyon
  status: in-use
  begin: 2024-03
  risks: A wrong amount
`;

describe('algobook card, as text: the register fields (issue 16)', () => {
  it('prints the status in words, the start month, the optional fields given, and the completeness', () => {
    const nb = notebook(['Count.', { js: '1 + 1', options: 'indicator' }], FRONT);
    const text = renderCard(nb, deriveCard(nb));
    expect(text).toContain('\nOrganisation: Ville de Lyon\n');
    expect(text).toContain('\nStatus: In use\n');
    expect(text).toContain('\nIn use since: March 2024 (2024-03)\n');
    expect(text).toContain('\nRisks: A wrong amount\n');
    expect(text).not.toContain('Theme:');
    expect(text).not.toContain('Human review:');
    // Nine author fields, the key result and its step: all but six author fields are given.
    expect(text).toContain('\nCompleteness: 5 of 11 fields\nStill missing:\n');
    expect(text).toContain('  - “Legal basis” is missing.\n');
  });
});
