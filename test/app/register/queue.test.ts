import { describe, expect, it } from 'vitest';
import { LimitedQueue } from '../../../src/app/register/queue.ts';

/** A promise and the function that settles it. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: () => void } {
  let resolve!: () => void;
  let reject!: () => void;
  const promise = new Promise<void>((ok, fail) => {
    resolve = ok;
    reject = () => fail(new Error('failed'));
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((ok) => setTimeout(ok, 0));

describe('LimitedQueue(limit)', () => {
  it('runs at most `limit` tasks at a time, in order, the next starting as one ends', async () => {
    const queue = new LimitedQueue(4);
    const tasks = Array.from({ length: 10 }, deferred);
    const started: number[] = [];
    tasks.forEach((task, i) =>
      queue.add(() => {
        started.push(i);
        return task.promise;
      }),
    );
    expect(started).toEqual([0, 1, 2, 3]);
    expect(queue.active).toBe(4);
    tasks[2].reject();
    tasks[0].resolve();
    await settle();
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(queue.active).toBe(4);
    queue.clear();
    for (const task of tasks) task.resolve();
    await settle();
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(queue.active).toBe(0);
  });
});
