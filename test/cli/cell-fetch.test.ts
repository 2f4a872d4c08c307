import { describe, expect, it } from 'vitest';
import { originBoundFetch } from '../../src/cli/cell-fetch.ts';

/** A fetch that records what it was asked, and answers 200. */
function recording() {
  const asked: { url: string; init: Record<string, unknown> }[] = [];
  const fetchFn = (async (url: URL, init: Record<string, unknown>) => {
    asked.push({ url: url.href, init });
    return new Response('ok');
  }) as unknown as typeof fetch;
  return { asked, fetchFn };
}

describe('originBoundFetch(origins)', () => {
  it('passes on a request to a declared origin, without following redirects', async () => {
    const { asked, fetchFn } = recording();
    const cellFetch = originBoundFetch(['https://api.example.org'], fetchFn);
    await cellFetch('https://api.example.org/a?b=1', { method: 'POST', body: 'x' });
    await cellFetch(new URL('https://api.example.org/c'));
    expect(asked).toEqual([
      {
        url: 'https://api.example.org/a?b=1',
        init: { redirect: 'error', method: 'POST', body: 'x' },
      },
      { url: 'https://api.example.org/c', init: { redirect: 'error' } },
    ]);
  });

  it('refuses other origins, relative and non-string addresses, and drops unknown options', async () => {
    const { asked, fetchFn } = recording();
    const cellFetch = originBoundFetch(['https://api.example.org'], fetchFn);
    await expect(cellFetch('https://api.example.org.evil.test/')).rejects.toThrow(
      'fetch: https://api.example.org.evil.test is not among the origins this notebook declares (network: https://api.example.org); data comes through dataset()',
    );
    await expect(cellFetch('http://api.example.org/')).rejects.toThrow(TypeError);
    await expect(cellFetch('/relative')).rejects.toThrow('is not an absolute address');
    await expect(cellFetch({ url: 'https://api.example.org/' })).rejects.toThrow(
      'give the address as a string or a URL',
    );
    await cellFetch('https://api.example.org/', { dispatcher: {}, redirect: 'follow' });
    expect(asked).toEqual([{ url: 'https://api.example.org/', init: { redirect: 'error' } }]);
  });
});
