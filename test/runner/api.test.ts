import { describe, expect, it } from 'vitest';
import { startRunner } from '../../src/runner/api.ts';
import type { RunnerMessage } from '../../src/runner/protocol.ts';

const CELLS = [
  { id: 'slider', source: 'const rate = view(Inputs.range([0, 100], {value: 20, step: 1}))' },
  { id: 'result', source: '"RESULT-" + rate * 3' },
  { id: 'other', source: 'const n = 7' },
];

/** A runner whose macrotasks (`later`) run only when the test says so, counted. */
function runner() {
  const posted: RunnerMessage[] = [];
  const tasks: (() => void)[] = [];
  let timers = 0;
  const receive = startRunner(
    (message) => posted.push(message),
    (task) => {
      timers++;
      tasks.push(task);
    },
  );
  /** Lets every microtask run, then the macrotasks, until nothing is left. */
  async function settle() {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const task = tasks.shift();
      if (!task) return;
      task();
    }
  }
  return { posted, receive, settle, timers: () => timers };
}

const events = (posted: RunnerMessage[]) => posted.filter((m) => m.kind === 'events');

describe('startRunner(post, later)', () => {
  it('a slider step uses one timer, and sends each cell that starts before its code runs', async () => {
    const r = runner();
    r.receive({ kind: 'update', id: 1, cells: CELLS, datasets: {}, imports: {}, disabled: [] });
    await r.settle();
    r.posted.length = 0;
    const before = r.timers();

    r.receive({ kind: 'set-input', inputId: 'slider:0', value: 21 });
    await r.settle();

    // Two cells re-run (the slider's and its reader): a message at each `running`, one for the
    // rest; `other` does not run again.
    const sent = events(r.posted).map((m) =>
      m.events.map((e) => `${e.kind}:${'cellId' in e ? e.cellId : ''}`),
    );
    expect(sent).toEqual([
      ['queued:slider', 'queued:result', 'running:slider'],
      ['output:slider', 'done:slider', 'running:result'],
      ['output:result', 'done:result'],
    ]);
    expect(r.timers() - before).toBe(1);
    // And nothing else: no reply to the new value.
    expect(r.posted.filter((m) => m.kind !== 'events')).toEqual([]);
  });
});
