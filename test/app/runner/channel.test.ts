import { describe, expect, it } from 'vitest';
import { MessageChannel, type MessagePort as NodePort } from 'node:worker_threads';
import { RunnerChannel, type RunnerFault } from '../../../src/app/runner/channel.ts';
import type { RunnerEvent } from '../../../src/core/runtime/events.ts';

/** A channel whose runner end the test plays: it says what the page did with each message. */
function harness() {
  const { port1, port2 } = new MessageChannel();
  const faults: RunnerFault[] = [];
  const events: RunnerEvent[][] = [];
  const asked: string[] = [];
  const scopes: (readonly string[])[] = [];
  const page = new RunnerChannel(port1 as unknown as MessagePort, {
    onEvents: (batch) => events.push(batch),
    loadDataset: (name, scope) => {
      asked.push(name);
      scopes.push(scope);
      return Promise.resolve(new Uint8Array([1, 2]));
    },
    onFault: (fault) => faults.push(fault),
  });
  const runner = port2 as NodePort;
  const received: unknown[] = [];
  runner.on('message', (m) => received.push(m));
  return { page, runner, faults, events, asked, scopes, received };
}

describe('RunnerChannel', () => {
  it('reports garbage as a fault, once, and then ignores the runner', async () => {
    const h = harness();
    h.runner.postMessage({
      type: 'SET',
      path: ['__proto__', 'x'],
      value: { type: 'RAW', value: 1 },
    });
    h.runner.postMessage('garbage');
    await expect.poll(() => h.faults).toEqual([{ kind: 'malformed' }]);
    // The garbage after the first fault is not another one: the page stopped listening.
    await expect.poll(() => h.page.pending).toBe(0);
    expect(h.faults).toHaveLength(1);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    h.runner.close();
  });

  it('answers a dataset request by name only, with the page’s own bytes', async () => {
    const h = harness();
    h.runner.postMessage({ kind: 'dataset-request', id: 7, name: 'd' });
    await expect.poll(() => h.received).toHaveLength(1);
    expect(h.asked).toEqual(['d']);
    expect(h.scopes).toEqual([[]]);
    expect(h.received).toEqual([{ kind: 'dataset', id: 7, bytes: new Uint8Array([1, 2]) }]);
    expect(h.faults).toEqual([]);
    h.page.close();
  });

  it('passes the import path a dataset request names, and faults on a path too deep', async () => {
    const h = harness();
    h.runner.postMessage({ kind: 'dataset-request', id: 1, name: 'd', scope: ['atmo', 'pm'] });
    await expect.poll(() => h.received).toHaveLength(1);
    expect(h.scopes).toEqual([['atmo', 'pm']]);
    h.runner.postMessage({ kind: 'dataset-request', id: 2, name: 'd', scope: Array(17).fill('a') });
    await expect.poll(() => h.faults).toEqual([{ kind: 'malformed' }]);
    expect(h.asked).toEqual(['d']);
  });

  it('parses replies for what was asked, and faults on one to no request', async () => {
    const h = harness();
    const rows = h.page.request('rows', { tableId: 't', offset: 0, limit: 10 });
    await expect.poll(() => h.received).toHaveLength(1);
    h.runner.postMessage({ kind: 'reply', id: 1, value: new Uint8Array([9]) });
    expect(await rows).toEqual(new Uint8Array([9]));
    h.runner.postMessage({ kind: 'reply', id: 99, value: null });
    await expect.poll(() => h.faults).toEqual([{ kind: 'bad-reply' }]);
  });

  it('admits the events of a running cell and faults on a forged one', async () => {
    const h = harness();
    const update = h.page
      .request('update', {
        cells: [{ id: 'a', label: '1', source: '1 + 1' }],
        datasets: {},
        imports: {},
        disabled: [],
      })
      .catch((error: Error) => error.message);
    h.runner.postMessage({
      kind: 'events',
      events: [
        { kind: 'running', cellId: 'a', run: 1 },
        { kind: 'output', cellId: 'a', run: 1, output: { kind: 'value', value: 2 } },
        { kind: 'done', cellId: 'a', run: 1, ms: 1 },
      ],
    });
    await expect.poll(() => h.events).toHaveLength(1);
    h.runner.postMessage({
      kind: 'events',
      events: [{ kind: 'output', cellId: 'a', run: 1, output: { kind: 'value', value: 3 } }],
    });
    await expect.poll(() => h.faults).toEqual([{ kind: 'forged-event' }]);
    expect(h.events).toHaveLength(1);
    // The request the runner never answered fails with the runner.
    expect(await update).toBe('The cell runner was stopped.');
  });
});
