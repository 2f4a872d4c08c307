import { describe, expect, it } from 'vitest';
import { algorithmHref } from '../../../src/app/citizen/algorithm-link.ts';

describe('algorithmHref(url)', () => {
  it('opens an http(s) file in the app', () => {
    expect(algorithmHref('https://example.org/atmo/v3.algo.md')).toBe(
      '?src=https%3A%2F%2Fexample.org%2Fatmo%2Fv3.algo.md',
    );
  });
  it('makes no link of another scheme or a path', () => {
    expect(algorithmHref('javascript:alert(1)')).toBeNull();
    expect(algorithmHref('data:text/html,<b>x</b>')).toBeNull();
    expect(algorithmHref('lib.algo.md')).toBeNull();
    expect(algorithmHref('file:///etc/passwd')).toBeNull();
  });
});
