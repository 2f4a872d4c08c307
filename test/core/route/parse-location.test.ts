import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LOCATION_LENGTH, parseLocation } from '../../../src/core/route/parse-location.ts';
import type { LinkError, ParsedLocation, Route } from '../../../src/core/route/route.ts';

const HASH = 'ab'.repeat(32);

/** The route of a location, or its error's code: one equality per case. */
function read(search: string, hash: string): Route | LinkError['code'] {
  const parsed: ParsedLocation = parseLocation(search, hash);
  return parsed.ok ? parsed.route : parsed.error.code;
}

function errorOf(search: string, hash: string): LinkError {
  const parsed = parseLocation(search, hash);
  if (parsed.ok) throw new Error(`parsed as ${JSON.stringify(parsed.route)}`);
  return parsed.error;
}

describe('parseLocation(search, hash) reads the routes of the app', () => {
  it('home, examples, drafts', () => {
    expect(read('', '')).toEqual({ name: 'home' });
    expect(read('', '#/')).toEqual({ name: 'home' });
    expect(read('', '#/example/a%20b.algo.md')).toEqual({ name: 'example', file: 'a b.algo.md' });
    expect(read('', '#/draft/x-1')).toEqual({ name: 'draft', id: 'x-1' });
    // An in-page anchor (the skip link's `#main`) is not a route.
    expect(read('', '#main')).toEqual({ name: 'home' });
  });

  it('?src= with an http(s) or relative address, pinned or not by #sha256= in lower case', () => {
    expect(read('?src=https%3A%2F%2Fh%2Fn.algo.md', '')).toEqual({
      name: 'url',
      src: 'https://h/n.algo.md',
    });
    expect(read('?src=n.algo.md', `#sha256=${HASH.toUpperCase()}`)).toEqual({
      name: 'url',
      src: 'n.algo.md',
      sha256: HASH,
    });
    expect(read('?src=http://h/n.algo.md', '#main')).toEqual({
      name: 'url',
      src: 'http://h/n.algo.md',
    });
  });

  it('share links, with or without a base for relative datasets', () => {
    expect(read('', '#/share/AbC-_x')).toEqual({ name: 'share', payload: 'AbC-_x' });
    expect(read('', `#/share/AbC?base=${encodeURIComponent('http://h/ex/a.algo.md')}`)).toEqual({
      name: 'share',
      payload: 'AbC',
      base: 'http://h/ex/a.algo.md',
    });
  });

  it('versions stored in this browser by their hash', () => {
    expect(read('', `#/version/${HASH.toUpperCase()}`)).toEqual({ name: 'version', sha256: HASH });
  });

  it("the site's catalog: #/<id> its latest version, #/<id>@<n> version n", () => {
    expect(read('', '#/paris-density')).toEqual({ name: 'published', id: 'paris-density' });
    expect(read('', '#/paris-density@3')).toEqual({
      name: 'published',
      id: 'paris-density',
      version: 3,
    });
    expect(read('', '#/a%40b@2')).toEqual({ name: 'published', id: 'a@b', version: 2 });
  });

  it('#/<id>/card and #/<id>@<n>/card: the reader opened on its transparency card', () => {
    expect(read('', '#/paris-density/card')).toEqual({
      name: 'published',
      id: 'paris-density',
      card: true,
    });
    expect(read('?catalog=x.json', '#/a@2/card')).toEqual({
      name: 'published',
      id: 'a',
      version: 2,
      catalog: 'x.json',
      card: true,
    });
    expect(read('', '#/a%2Fcard')).toEqual({ name: 'published', id: 'a/card' });
    expect(errorOf('', '#/a/cards')).toEqual({ code: 'unknown-route', path: 'a/cards' });
    expect(errorOf('', '#/a/card/x')).toEqual({ code: 'unknown-route', path: 'a/card/x' });
  });

  it('a third-party catalog named by ?catalog= goes with the home page and its notebooks', () => {
    expect(read('?catalog=https%3A%2F%2Fcity.example%2Fcatalog.json', '')).toEqual({
      name: 'home',
      catalog: 'https://city.example/catalog.json',
    });
    expect(read('?catalog=x.json', '#/a@12')).toEqual({
      name: 'published',
      id: 'a',
      version: 12,
      catalog: 'x.json',
    });
    expect(read('?catalog=', '#/a')).toEqual({ name: 'published', id: 'a' });
  });
});

describe('parseLocation says why a link is not a route', () => {
  it('bad percent-encoding, wherever it is', () => {
    expect(errorOf('', '#/%E0')).toEqual({ code: 'bad-encoding', part: '%E0' });
    expect(read('', '#/draft/%E0%A4')).toBe('bad-encoding');
    expect(read('', '#/example/%')).toBe('bad-encoding');
  });

  it('?src=, ?catalog= and a share base accept only http(s)', () => {
    expect(errorOf('?src=javascript:alert(1)', '')).toEqual({
      code: 'bad-scheme',
      param: 'src',
      scheme: 'javascript',
    });
    expect(errorOf('?src=%20JavaScript%3Aalert(1)', '')).toMatchObject({ scheme: 'javascript' });
    expect(errorOf('?src=ftp://h/n.algo.md', '')).toMatchObject({ scheme: 'ftp' });
    expect(errorOf('?src=data:text/plain,x', '')).toMatchObject({ scheme: 'data' });
    expect(errorOf('?src=file:///etc/passwd', '')).toMatchObject({ scheme: 'file' });
    expect(errorOf('?src=http://[::1', '')).toEqual({
      code: 'bad-url',
      param: 'src',
      value: 'http://[::1',
    });
    expect(errorOf('?src=', '')).toEqual({ code: 'empty-url', param: 'src' });
    expect(errorOf('?catalog=javascript:x', '#/a')).toMatchObject({
      code: 'bad-scheme',
      param: 'catalog',
    });
    expect(errorOf('', '#/share/AbC?base=data:,x')).toMatchObject({
      code: 'bad-scheme',
      param: 'base',
    });
  });

  it('a pin that is not a SHA-256', () => {
    expect(errorOf('?src=n.algo.md', '#sha256=abc')).toEqual({ code: 'bad-sha256', value: 'abc' });
  });

  it('a version that is not a whole number from 1', () => {
    for (const n of ['0', '-1', '1.5', 'x', '', '01', '1e3', '99999999999999999999']) {
      expect(read('', `#/a@${n}`)).toBe('bad-version-number');
    }
    expect(errorOf('', '#/a@0')).toEqual({ code: 'bad-version-number', id: 'a', version: '0' });
  });

  it('routes with a missing or malformed part, and unknown routes', () => {
    expect(errorOf('', '#/share/')).toEqual({ code: 'missing-part', route: 'share' });
    expect(read('', '#/example')).toBe('missing-part');
    expect(read('', '#/draft/')).toBe('missing-part');
    expect(read('', '#/version')).toBe('missing-part');
    expect(read('', '#/share/a!b')).toBe('bad-payload');
    expect(read('', '#/version/nothex')).toBe('bad-version-hash');
    expect(read('', '#/example/..%2Fcatalog.json')).toBe('bad-example');
    expect(read('', '#/example/a%2Fb')).toBe('bad-example');
    expect(errorOf('', '#/unknown/deeper')).toEqual({
      code: 'unknown-route',
      path: 'unknown/deeper',
    });
    expect(read('', '#/@2')).toBe('unknown-route');
  });

  it('an absurdly long address, and quotes only the start of long values', () => {
    const long = `#/share/${'A'.repeat(MAX_LOCATION_LENGTH)}`;
    expect(errorOf('', long)).toEqual({
      code: 'too-long',
      length: long.length,
      limit: MAX_LOCATION_LENGTH,
    });
    const error = errorOf('', `#/${'x'.repeat(500)}/y`);
    expect(error.code === 'unknown-route' && error.path.length).toBe(81);
  });
});

describe('parseLocation never throws', () => {
  /** Strings with the characters that matter to a location, and any others. */
  const urlish = fc
    .array(
      fc.oneof(
        fc.constantFrom('#', '/', '?', '&', '=', '@', '%', '%E0', '%2F', '%40', ':', '//'),
        fc.constantFrom('src', 'catalog', 'base', 'sha256', 'share', 'example', 'draft'),
        fc.constantFrom('version', 'javascript:', 'http://', 'https://h/', 'ftp:', '\u0000'),
        fc.string({ unit: 'binary', maxLength: 6 }),
      ),
      { maxLength: 24 },
    )
    .map((parts) => parts.join(''));

  it('over arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (s, h) => {
        const parsed = parseLocation(s, h);
        expect(typeof parsed.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('over arbitrary URL-ish strings, in the query and in the fragment', () => {
    fc.assert(
      fc.property(urlish, urlish, (s, h) => {
        for (const [search, hash] of [
          [`?${s}`, `#${h}`],
          ['', `#/${h}`],
          [`?src=${s}`, `#${h}`],
        ]) {
          const parsed = parseLocation(search, hash);
          // A route that names an address names an http(s) one.
          if (parsed.ok && parsed.route.name === 'url')
            expect(new URL(parsed.route.src, 'http://x/').protocol).toMatch(/^https?:$/);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('over arbitrary URLs', () => {
    fc.assert(
      fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), (text) => {
        const url = new URL(text);
        parseLocation(url.search, url.hash);
        parseLocation(`?src=${encodeURIComponent(text)}`, url.hash);
      }),
      { numRuns: 1000 },
    );
  });
});
