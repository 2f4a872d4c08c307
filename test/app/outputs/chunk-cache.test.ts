import { describe, expect, it } from 'vitest';
import { ChunkCache } from '../../../src/app/outputs/chunk-cache.ts';

describe('ChunkCache', () => {
  it('cache.set(k, v) evicts the least recently set entry beyond capacity', () => {
    const cache = new ChunkCache<number, string>(2);
    cache.set(1, 'a');
    cache.set(2, 'b');
    cache.set(3, 'c');
    expect(cache.keys()).toEqual([2, 3]);
  });

  it('cache.get(k) makes k the most recently used', () => {
    const cache = new ChunkCache<number, string>(2);
    cache.set(1, 'a');
    cache.set(2, 'b');
    expect(cache.get(1)).toBe('a');
    cache.set(3, 'c');
    expect(cache.keys()).toEqual([1, 3]);
  });

  it('cache.set(k, v) replaces an entry without growing', () => {
    const cache = new ChunkCache<number, string>(2);
    cache.set(1, 'a');
    cache.set(1, 'b');
    expect(cache.size).toBe(1);
    expect(cache.get(1)).toBe('b');
  });

  it('refuses a capacity below 1', () => {
    expect(() => new ChunkCache(0)).toThrow(RangeError);
  });
});
