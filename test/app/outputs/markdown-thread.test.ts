import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  markdownThread,
  type MarkdownWorkerLike,
} from '../../../src/app/outputs/markdown-thread.ts';
import type { MarkdownRequest } from '../../../src/app/outputs/markdown-protocol.ts';

/** A worker the test answers for: what the page posted, and its own replies. */
class FakeWorker implements MarkdownWorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: MarkdownRequest[] = [];
  terminated = false;
  postMessage(message: MarkdownRequest) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  send(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
  ready() {
    this.send({ ready: true });
  }
  answer(id: number, html = `<p>${id}</p>`) {
    this.send({ id, html });
  }
  fail() {
    this.onerror?.({ preventDefault() {} } as ErrorEvent);
  }
}

function setUp(limit = 1000) {
  const workers: FakeWorker[] = [];
  const rendered: [string, string][] = [];
  const failed: string[] = [];
  const unavailable: string[][] = [];
  const thread = markdownThread({
    start: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    rendered: (source, html) => rendered.push([source, html]),
    failed: (source) => failed.push(source),
    unavailable: (sources) => unavailable.push(sources),
    limit,
  });
  return { thread, workers, rendered, failed, unavailable };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('markdownThread', () => {
  it("passes the worker's replies on, by source, and drops what is not one", () => {
    const { thread, workers, rendered, failed } = setUp();
    thread.render('# a');
    thread.render('*b*');
    const [worker] = workers;
    expect(worker.posted).toEqual([
      { id: 1, source: '# a' },
      { id: 2, source: '*b*' },
    ]);
    worker.ready();
    worker.send({ id: 2, html: 3 });
    worker.send({ id: 99, html: '<p>x</p>' });
    worker.answer(1, '<h1>a</h1>');
    worker.send({ id: 2, error: 'marked failed' });
    expect(rendered).toEqual([['# a', '<h1>a</h1>']]);
    expect(failed).toEqual(['*b*']);
    expect(workers).toHaveLength(1);
  });

  it('ends a worker that takes longer than the limit: its text fails, a new worker takes the rest', () => {
    const { thread, workers, rendered, failed } = setUp(1000);
    thread.render('hostile');
    thread.render('after');
    const [first] = workers;
    first.ready();
    vi.advanceTimersByTime(999);
    expect(failed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(failed).toEqual(['hostile']);
    expect(first.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    const second = workers[1];
    expect(second.posted).toEqual([{ id: 2, source: 'after' }]);
    second.ready();
    second.answer(2);
    expect(rendered).toEqual([['after', '<p>2</p>']]);
    // A late answer from the ended worker is not taken.
    first.answer(1);
    expect(rendered).toHaveLength(1);
  });

  it('times each render from the previous answer, not from the request', () => {
    const { thread, workers, rendered, failed } = setUp(1000);
    for (const source of ['a', 'b', 'c']) thread.render(source);
    const [worker] = workers;
    worker.ready();
    vi.advanceTimersByTime(800);
    worker.answer(1);
    vi.advanceTimersByTime(800);
    worker.answer(2);
    vi.advanceTimersByTime(800);
    worker.answer(3);
    vi.advanceTimersByTime(5000);
    expect(rendered.map(([source]) => source)).toEqual(['a', 'b', 'c']);
    expect(failed).toEqual([]);
    expect(workers).toHaveLength(1);
  });

  it('does not time a worker still loading, nor one with nothing to do', () => {
    const { thread, workers, failed } = setUp(1000);
    thread.start();
    thread.render('a');
    vi.advanceTimersByTime(10_000);
    expect(failed).toEqual([]);
    const [worker] = workers;
    worker.ready();
    worker.answer(1);
    vi.advanceTimersByTime(10_000);
    // Idle a long while, then a new text: its time starts when it is asked for.
    thread.render('b');
    vi.advanceTimersByTime(999);
    expect(failed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(failed).toEqual(['b']);
  });

  it('hands what waits to the page when the worker cannot load, and what comes after', () => {
    const { thread, workers, unavailable } = setUp();
    thread.render('a');
    thread.render('b');
    workers[0].fail();
    expect(workers[0].terminated).toBe(true);
    thread.render('c');
    expect(unavailable).toEqual([['a', 'b'], ['c']]);
    expect(workers).toHaveLength(1);
  });

  it('treats an error of a ready worker as a failed render and goes on with a new one', () => {
    const { thread, workers, failed, unavailable } = setUp();
    thread.render('a');
    thread.render('b');
    workers[0].ready();
    workers[0].fail();
    expect(failed).toEqual(['a']);
    expect(unavailable).toEqual([]);
    expect(workers[1].posted).toEqual([{ id: 2, source: 'b' }]);
  });

  it('renders on the page when no worker can be made', () => {
    const unavailable: string[][] = [];
    const thread = markdownThread({
      start: () => {
        throw new Error('no workers here');
      },
      rendered: () => {},
      failed: () => {},
      unavailable: (sources) => unavailable.push(sources),
    });
    thread.start();
    thread.render('a');
    thread.render('b');
    expect(unavailable).toEqual([['a'], ['b']]);
  });
});
