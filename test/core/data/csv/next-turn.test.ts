import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTurn } from '../../../../src/core/data/csv/next-turn.ts';

describe('nextTurn()', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('resolves after a message already waiting (a cancel) is handled, where there is no setImmediate (a browser worker)', async () => {
    vi.stubGlobal('setImmediate', undefined);
    const { port1, port2 } = new MessageChannel();
    let handled = false;
    port1.onmessage = () => (handled = true);
    port2.postMessage('cancel');
    await nextTurn();
    port1.close();
    expect(handled).toBe(true);
  });
});
