import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from '../../../src/app/shell/route.ts';

const HASH = 'ab'.repeat(32);

describe('parseRoute', () => {
  it('keeps the routes of the app: home, examples, drafts, ?src=', () => {
    expect(parseRoute('', '')).toEqual({ name: 'home' });
    expect(parseRoute('', '#/')).toEqual({ name: 'home' });
    expect(parseRoute('', '#/example/a%20b.algo.md')).toEqual({
      name: 'example',
      file: 'a b.algo.md',
    });
    expect(parseRoute('', '#/draft/x-1')).toEqual({ name: 'draft', id: 'x-1' });
    expect(parseRoute('?src=https%3A%2F%2Fh%2Fn.algo.md', '')).toEqual({
      name: 'url',
      src: 'https://h/n.algo.md',
    });
  });

  it('reads a pinned hash after ?src=, in lower case; anything else is no pin', () => {
    expect(parseRoute('?src=n.algo.md', `#sha256=${HASH.toUpperCase()}`)).toEqual({
      name: 'url',
      src: 'n.algo.md',
      sha256: HASH,
    });
    expect(parseRoute('?src=n.algo.md', '#sha256=abc')).toEqual({ name: 'url', src: 'n.algo.md' });
  });

  it('reads share links, with or without a base for relative datasets', () => {
    expect(parseRoute('', '#/share/AbC-_x')).toEqual({ name: 'share', payload: 'AbC-_x' });
    expect(
      parseRoute('', `#/share/AbC?base=${encodeURIComponent('http://h/ex/a.algo.md')}`),
    ).toEqual({ name: 'share', payload: 'AbC', base: 'http://h/ex/a.algo.md' });
    expect(parseRoute('', '#/share/')).toEqual({ name: 'home' });
  });

  it('reads versions stored in this browser by their hash', () => {
    expect(parseRoute('', `#/version/${HASH}`)).toEqual({ name: 'version', sha256: HASH });
    expect(parseRoute('', '#/version/nothex')).toEqual({ name: 'home' });
  });

  it('reads catalog notebooks: #/<id> the latest, #/<id>@<n> version n', () => {
    expect(parseRoute('', '#/paris-density')).toEqual({ name: 'published', id: 'paris-density' });
    expect(parseRoute('', '#/paris-density@3')).toEqual({
      name: 'published',
      id: 'paris-density',
      version: 3,
    });
    expect(parseRoute('?catalog=x.json', '#/a@12')).toEqual({
      name: 'published',
      id: 'a',
      version: 12,
    });
    expect(parseRoute('', '#/a@0')).toEqual({ name: 'published', id: 'a' });
    expect(parseRoute('', '#/unknown/deeper')).toEqual({ name: 'home' });
    // An in-page anchor (the skip link's `#main`) is not a notebook.
    expect(parseRoute('', '#main')).toEqual({ name: 'home' });
  });
});

describe('hrefOf', () => {
  it('gives back every route from its address', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'example', file: 'a b.algo.md' },
      { name: 'draft', id: 'x-1' },
      { name: 'share', payload: 'AbC-_x' },
      { name: 'share', payload: 'AbC', base: 'http://h/ex/a.algo.md?x=1' },
      { name: 'version', sha256: HASH },
      { name: 'published', id: 'paris-density' },
      { name: 'published', id: 'paris-density', version: 2 },
      { name: 'url', src: 'http://h/n.algo.md?x=1' },
      { name: 'url', src: 'http://h/n.algo.md', sha256: HASH },
    ];
    for (const route of routes) {
      const href = hrefOf(route);
      const [search, hash] = href.startsWith('?')
        ? [href.split('#')[0], href.includes('#') ? `#${href.split('#')[1]}` : '']
        : ['', href];
      expect(parseRoute(search, hash)).toEqual(route);
    }
  });
});
