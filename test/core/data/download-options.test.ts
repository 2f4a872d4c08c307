import { afterEach, describe, expect, it } from 'vitest';
import { download } from '../../../src/core/data/download.ts';

const polluted = Object.prototype as Record<string, unknown>;

afterEach(() => {
  delete polluted.method;
  delete polluted.body;
});

describe('download(sources, {fetch})', () => {
  it('builds its fetch options without a prototype: a polluted Object.prototype adds nothing', async () => {
    polluted.method = 'POST';
    polluted.body = 'stolen';
    const seen: (string | undefined)[] = [];
    await download(['https://example.org/d.csv'], {
      fetch: (_input, init) => {
        const options = init as Record<string, unknown>;
        seen.push(String(options.method), String(options.body));
        return Promise.resolve(new Response('a\n1\n'));
      },
    });
    expect(seen).toEqual(['undefined', 'undefined']);
  });
});
