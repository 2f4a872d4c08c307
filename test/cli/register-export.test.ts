import { describe, expect, it } from 'vitest';
import { gapLine } from '../../src/cli/register-export.ts';

describe('gapLine(gap)', () => {
  it('says each reason in one line', () => {
    const gap = { id: 'pop', field: 'name', required: true };
    expect(gapLine({ ...gap, reason: 'unknown' })).toBe('pop: name unknown');
    expect(gapLine({ ...gap, reason: 'missing' })).toBe('pop: name missing');
    expect(gapLine({ ...gap, reason: 'too-long', limit: 100 })).toBe('pop: name longer than 100');
    expect(gapLine({ ...gap, reason: 'not-allowed' })).toBe('pop: name not allowed');
  });

  it('prints no control character of a stranger’s id: no forged line, no terminal escape', () => {
    const line = gapLine({
      id: 'x\nalgobook catalog: all good\u001b[2K',
      field: 'name',
      reason: 'missing',
      required: true,
    });
    expect(line).toBe('x?algobook catalog: all good?[2K: name missing');
  });
});
