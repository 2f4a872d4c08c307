import { describe, expect, it } from 'vitest';
import { redactHashes } from '../../../src/app/runner/redact.ts';

describe('redactHashes(message, pinned)', () => {
  it('keeps the pinned hash and removes any other', () => {
    const pinned = 'a'.repeat(64);
    const other = 'b'.repeat(64);
    const message = `changed: pinned ${pinned}, served ${other} (${other.slice(0, 12)})`;
    const safe = redactHashes(message, pinned);
    expect(safe).toContain(pinned);
    expect(safe).not.toContain('bbbbbbbb');
  });
});
