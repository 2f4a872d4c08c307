import { describe, expect, it } from 'vitest';
import type { RunnerEvent } from '../../../src/core/runtime/events.ts';
import type { InputOutput } from '../../../src/core/runtime/outputs.ts';
import { EarlyInputs } from '../../../src/app/session/early-inputs.ts';

const range = (id: string, value: number): InputOutput => ({
  kind: 'input',
  id,
  input: { type: 'range', label: 'Rate', min: 0, max: 100, step: 1, value: 20 },
  value,
});

const outputOf = (output: InputOutput, cellId = 'c2'): RunnerEvent => ({
  kind: 'output',
  cellId,
  run: 1,
  output,
});

describe('EarlyInputs', () => {
  it('passes a batch through untouched while nothing is held', () => {
    const early = new EarlyInputs();
    const events = [outputOf(range('c2:0', 20))];
    expect(early.take(events)).toEqual({ events, send: [] });
  });

  it("shows the live input with the reader's last value, once, and gives it to send", () => {
    const early = new EarlyInputs();
    early.hold('c2:0', 21);
    early.hold('c2:0', 23);
    const running: RunnerEvent = { kind: 'running', cellId: 'c2', run: 1 };
    const { events, send } = early.take([running, outputOf(range('c2:0', 20))]);
    expect(events[0]).toBe(running);
    expect(events[1]).toEqual(outputOf(range('c2:0', 23)));
    expect(send).toEqual([['c2:0', 23]]);
    expect(early.size).toBe(0);
    // The next run's output is the runner's own.
    const next = [outputOf(range('c2:0', 23))];
    expect(early.take(next).events).toBe(next);
  });

  it('keeps a value until its own input shows', () => {
    const early = new EarlyInputs();
    early.hold('c2:1', 5);
    const { send } = early.take([outputOf(range('c2:0', 20))]);
    expect(send).toEqual([]);
    expect(early.size).toBe(1);
  });

  it('takes the value as the live run would: clamped to its range, or dropped when it cannot fit', () => {
    const early = new EarlyInputs();
    early.hold('c2:0', 500);
    expect(early.take([outputOf(range('c2:0', 20))]).send).toEqual([['c2:0', 100]]);
    early.hold('c2:0', 'many');
    const events = [outputOf(range('c2:0', 20))];
    expect(early.take(events)).toEqual({ events, send: [] });
  });
});
