import { describe, expect, it } from 'vitest';
import type { RowBlock } from '../../../src/app/outputs/row-block.ts';
import { RowSource, type RowSourceOptions } from '../../../src/app/outputs/row-source.ts';

/** Rows whose one column holds the row index, so any row can be checked. */
function block(offset: number, length: number): RowBlock {
  return { offset, length, columns: [Array.from({ length }, (_, i) => offset + i)] };
}

interface Request {
  offset: number;
  limit: number;
  resolve: (block: RowBlock) => void;
  reject: (error: Error) => void;
}

/** A source whose frames and loads run only when the test says so. */
function setup(options: Partial<RowSourceOptions> = {}) {
  const frames: (() => void)[] = [];
  const requests: Request[] = [];
  let changes = 0;
  const source = new RowSource({
    numRows: 1_000_000,
    seed: block(0, 300),
    chunkSize: 200,
    capacity: 4,
    load: (offset, limit) =>
      new Promise((resolve, reject) => requests.push({ offset, limit, resolve, reject })),
    onChange: () => changes++,
    schedule: (callback) => frames.push(callback),
    ...options,
  });
  const frame = () => frames.splice(0).forEach((callback) => callback());
  const answer = async (request: Request) => {
    request.resolve(block(request.offset, request.limit));
    await Promise.resolve();
    await Promise.resolve();
  };
  return { source, frames, requests, frame, answer, changes: () => changes };
}

describe('RowSource', () => {
  it('source.row(i) serves the seed rows without fetching', () => {
    const { source, frame, requests } = setup();
    source.want(0, 40);
    frame();
    expect(source.row(299)).toEqual([299]);
    expect(requests).toEqual([]);
  });

  it('source.want(start, end) fetches the missing chunks on the next frame only', () => {
    const { source, frame, requests } = setup();
    source.want(5000, 5040);
    expect(requests).toHaveLength(0);
    frame();
    expect(requests.map((r) => [r.offset, r.limit])).toEqual([[5000, 200]]);
  });

  it('coalesces the wants of one frame into the last window', () => {
    const { source, frame, frames, requests } = setup();
    source.want(1000, 1040);
    source.want(3000, 3040);
    source.want(7000, 7040);
    expect(frames).toHaveLength(1);
    frame();
    expect(requests.map((r) => r.offset)).toEqual([7000]);
  });

  it('fetches a chunk the seed covers only in part, and not twice while in flight', () => {
    const { source, frame, requests } = setup();
    source.want(280, 320);
    frame();
    source.want(281, 321);
    frame();
    expect(requests.map((r) => r.offset)).toEqual([200]);
  });

  it('shows fetched rows and tells its owner', async () => {
    const { source, frame, requests, answer, changes } = setup();
    source.want(5000, 5040);
    frame();
    expect(source.row(5001)).toBeNull();
    expect(source.isLoading(5000, 5040)).toBe(true);
    await answer(requests[0]);
    expect(source.row(5001)).toEqual([5001]);
    expect(source.isLoading(5000, 5040)).toBe(false);
    expect(changes()).toBe(1);
  });

  it('asks for the last chunk only up to the last row', () => {
    const { source, frame, requests } = setup({ numRows: 1050 });
    source.want(1010, 1050);
    frame();
    expect(requests.map((r) => [r.offset, r.limit])).toEqual([[1000, 50]]);
  });

  it('drops a response for a window scrolled away from', async () => {
    const { source, frame, requests, answer, changes } = setup();
    source.want(5000, 5040);
    frame();
    source.want(9000, 9040);
    frame();
    await answer(requests[0]);
    expect(changes()).toBe(0);
    source.want(5000, 5040);
    expect(source.row(5000)).toBeNull();
  });

  it('drops every response after dispose()', async () => {
    const { source, frame, requests, answer, changes } = setup();
    source.want(5000, 5040);
    frame();
    source.dispose();
    await answer(requests[0]);
    expect(changes()).toBe(0);
    expect(source.row(5000)).toBeNull();
  });

  it('caps requests in flight, then serves the current window first', async () => {
    const { source, frame, requests, answer } = setup({ maxInFlight: 1 });
    source.want(5000, 5040);
    frame();
    source.want(9000, 9040);
    frame();
    source.want(20_000, 20_040);
    frame();
    expect(requests.map((r) => r.offset)).toEqual([5000]);
    await answer(requests[0]);
    // 9000 was passed over: never fetched.
    expect(requests.map((r) => r.offset)).toEqual([5000, 20_000]);
  });

  it('evicts the least recently used chunks beyond capacity', async () => {
    const { source, frame, requests, answer } = setup({ capacity: 2 });
    for (const offset of [1000, 2000, 3000]) {
      source.want(offset, offset + 10);
      frame();
      await answer(requests[requests.length - 1]);
    }
    expect(source.row(1000)).toBeNull();
    expect(source.row(2000)).toEqual([2000]);
    expect(source.row(3000)).toEqual([3000]);
  });

  it('reports a failed load and does not retry until the window moves', async () => {
    const { source, frame, requests } = setup();
    source.want(5000, 5040);
    frame();
    requests[0].reject(new Error('worker gone'));
    await Promise.resolve();
    await Promise.resolve();
    expect(source.error?.message).toBe('worker gone');
    source.want(5000, 5040);
    frame();
    expect(requests).toHaveLength(1);
    source.want(5001, 5041);
    frame();
    expect(requests).toHaveLength(2);
  });

  it('without a loader, has only the seed rows', () => {
    const { source, frames } = setup({ load: undefined });
    expect(source.available).toBe(300);
    source.want(250, 400);
    expect(frames).toHaveLength(0);
    expect(source.row(299)).toEqual([299]);
    expect(source.row(300)).toBeNull();
  });
});
