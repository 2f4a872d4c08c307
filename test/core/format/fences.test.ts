import { describe, expect, it } from 'vitest';
import { closesFence, dedent, fenceFor, fenceOpen } from '../../../src/core/format/fences.ts';

describe('fences', () => {
  it('fenceOpen(line) reads backtick and tilde fences of 3 or more, indented up to 3 spaces', () => {
    expect(fenceOpen('```js echo=false ')).toEqual({
      indent: 0,
      char: '`',
      length: 3,
      info: 'js echo=false',
    });
    expect(fenceOpen('   ~~~~~')).toEqual({ indent: 3, char: '~', length: 5, info: '' });
    expect(fenceOpen('    ```js')).toBe(null);
    expect(fenceOpen('\t```js')).toBe(null);
    expect(fenceOpen('``js')).toBe(null);
    expect(fenceOpen('> ```js')).toBe(null);
  });

  it('fenceOpen(line) refuses a backtick in a backtick fence info string, not in a tilde one', () => {
    expect(fenceOpen('```js `x`')).toBe(null);
    expect(fenceOpen('~~~js `x`')?.info).toBe('js `x`');
  });

  it('closesFence(line, open) needs the same character, at least as many, nothing after', () => {
    const open = { indent: 0, char: '`' as const, length: 4, info: 'js' };
    expect(closesFence('````', open)).toBe(true);
    expect(closesFence('   `````  ', open)).toBe(true);
    expect(closesFence('```', open)).toBe(false);
    expect(closesFence('~~~~', open)).toBe(false);
    expect(closesFence('```` x', open)).toBe(false);
    expect(closesFence('    ````', open)).toBe(false);
  });

  it('dedent(line, indent) removes at most indent spaces', () => {
    expect(dedent('   x', 2)).toBe(' x');
    expect(dedent(' x', 3)).toBe('x');
    expect(dedent('\tx', 2)).toBe('\tx');
  });

  it('fenceFor(source, char) is longer than any run of char that starts a line', () => {
    expect(fenceFor('x', '`')).toBe('```');
    expect(fenceFor('a\n```\n  `````js\n', '`')).toBe('``````');
    expect(fenceFor('    ``````', '`')).toBe('```');
    expect(fenceFor('~~~~', '~')).toBe('~~~~~');
    expect(fenceFor('~~~~', '`')).toBe('```');
  });
});

describe('fences with unusual characters', () => {
  it('fenceOpen(line) keeps U+2028 in the info string', () => {
    expect(fenceOpen('```js a\u2028b')?.info).toBe('js a\u2028b');
  });
});
