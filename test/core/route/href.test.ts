import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hrefOf } from '../../../src/core/route/href.ts';
import { parseLocation } from '../../../src/core/route/parse-location.ts';
import type { Route } from '../../../src/core/route/route.ts';

/** The route an app address reads back as. */
function readBack(href: string): unknown {
  const url = new URL(href, 'https://app.example/algobook/');
  const parsed = parseLocation(url.search, url.hash);
  return parsed.ok ? parsed.route : parsed.error;
}

const HASH = 'ab'.repeat(32);

describe('hrefOf(route)', () => {
  it('gives back every route from its address', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'home', catalog: 'https://city.example/catalog.json' },
      { name: 'example', file: 'a b.algo.md' },
      { name: 'draft', id: 'x-1' },
      { name: 'share', payload: 'AbC-_x' },
      { name: 'share', payload: 'AbC', base: 'http://h/ex/a.algo.md?x=1' },
      { name: 'version', sha256: HASH },
      { name: 'published', id: 'paris-density' },
      { name: 'published', id: 'a@b', version: 2 },
      { name: 'published', id: 'p', version: 2, catalog: 'https://c.example/catalog.json' },
      { name: 'published', id: 'paris-density', card: true },
      { name: 'published', id: 'a/card', version: 3, card: true, catalog: 'c.json' },
      { name: 'url', src: 'http://h/n.algo.md?x=1' },
      { name: 'url', src: 'http://h/n.algo.md', sha256: HASH },
    ];
    for (const route of routes) expect(readBack(hrefOf(route))).toEqual(route);
  });

  it('gives back any id, draft, catalog and version number', () => {
    // The characters that mean something in an address, and some that need encoding.
    const unit = fc.constantFrom(
      'a',
      'Z',
      '9',
      'é',
      '😀',
      ' ',
      '@',
      '/',
      '%',
      '?',
      '#',
      '&',
      '=',
      '+',
    );
    const text = fc.string({ unit, minLength: 1 });
    const url = fc
      .tuple(fc.constantFrom('http://h/', 'https://c.example:8080/a/', '//h/', 'rel/'), text)
      .map(([start, rest]) => start + rest);
    const route: fc.Arbitrary<Route> = fc.oneof(
      fc.record({ name: fc.constant('draft' as const), id: text }),
      fc.record(
        {
          name: fc.constant('published' as const),
          id: text,
          version: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
          catalog: url,
          card: fc.constant(true as const),
        },
        { requiredKeys: ['name', 'id'] },
      ),
      fc.record(
        {
          name: fc.constant('url' as const),
          src: url,
          sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
        },
        { requiredKeys: ['name', 'src'] },
      ),
    );
    fc.assert(
      fc.property(route, (r) => {
        expect(readBack(hrefOf(r))).toEqual(r);
      }),
      {
        numRuns: 200,
      },
    );
  });
});
