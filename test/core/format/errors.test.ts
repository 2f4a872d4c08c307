import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../src/core/format/errors.ts';

describe('FormatError', () => {
  it('new FormatError(line, reason) names the line in its message', () => {
    const error = new FormatError(7, 'unclosed code fence opened here (```js)');
    expect(error).toBeInstanceOf(Error);
    expect({
      name: error.name,
      line: error.line,
      reason: error.reason,
      message: error.message,
    }).toEqual({
      name: 'FormatError',
      line: 7,
      reason: 'unclosed code fence opened here (```js)',
      message: 'Line 7: unclosed code fence opened here (```js)',
    });
  });
});
