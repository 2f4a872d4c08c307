import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { nextTurn } from '../../../../src/core/data/csv/next-turn.ts';

describe('nextTurn()', () => {
  it('resolves after a message that was already waiting (a cancel) is handled', async () => {
    const { port1, port2 } = new MessageChannel();
    let handled = false;
    port1.onmessage = () => (handled = true);
    port2.postMessage('cancel');
    await nextTurn();
    port1.close();
    expect(handled).toBe(true);
  });

  it('lets Node exit once no turn is awaited', () => {
    const script = `import { nextTurn } from './src/core/data/csv/next-turn.ts';
      await nextTurn(); await nextTurn(); console.log('turned');`;
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
        timeout: 20_000,
      },
    );
    expect({ status: run.status, out: run.stdout.trim() }).toEqual({ status: 0, out: 'turned' });
  });
});
