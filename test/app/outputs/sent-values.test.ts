import { describe, expect, it } from 'vitest';
import { SentValues } from '../../../src/app/outputs/sent-values.ts';

describe('SentValues', () => {
  it('ignores echoes of sent values, in order, while the user drags on', () => {
    const sent = new SentValues();
    for (const value of [2, 3, 4]) sent.sent(value);
    expect([2, 3, 4].map((value) => sent.accept(value))).toEqual([false, false, false]);
  });

  it('treats a skipped echo as received: a later one covers the earlier', () => {
    const sent = new SentValues();
    for (const value of [2, 3, 4]) sent.sent(value);
    expect(sent.accept(4)).toBe(false);
    // Everything was echoed: 3 now comes from the notebook.
    expect(sent.accept(3)).toBe(true);
  });

  it('accepts a value the control never sent', () => {
    const sent = new SentValues();
    sent.sent(2);
    expect(sent.accept(10)).toBe(true);
    // And forgets what it sent before: that run was superseded.
    expect(sent.accept(2)).toBe(true);
  });

  it('tells a value sent twice apart from its echo', () => {
    const sent = new SentValues();
    for (const value of [2, 3, 2]) sent.sent(value);
    expect([2, 3, 2].map((value) => sent.accept(value))).toEqual([false, false, false]);
  });

  it('remembers a bounded number of values', () => {
    const sent = new SentValues(2);
    for (const value of [1, 2, 3]) sent.sent(value);
    expect(sent.accept(1)).toBe(true);
  });
});
