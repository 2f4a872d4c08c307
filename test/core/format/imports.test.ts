import { describe, expect, it } from 'vitest';
import { errorText } from '../../../src/core/errors/index.ts';
import { FormatError } from '../../../src/core/format/errors.ts';
import { importUrlAllowed } from '../../../src/core/format/imports.ts';
import { parse } from '../../../src/core/format/parse.ts';
import { serialize } from '../../../src/core/format/serialize.ts';
import { FRONT, SHA, file, parseError } from './helpers.ts';

/** The front matter with `imports:` lines after it (the first import's name is on line 6). */
const withImports = (lines: string) => file('', `${FRONT}imports:\n${lines}`);

/** What `parse(text)` throws, in French. */
function frenchError(text: string): string {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof FormatError)
      return errorText('fr', error.code, error.params, error.message);
    throw error;
  }
  throw new Error('parse did not throw');
}

describe('parse(text) imports', () => {
  it('parse(text) reads `imports` as a mapping of names to url, sha256, title and mirrors', () => {
    const nb = parse(
      withImports(
        `  atmo:\n    url: ../atmo/v3.algo.md\n    sha256: ${SHA}\n    title: The ATMO index\n    mirrors: [https://mirror.example.org/v3.algo.md]\n    note: kept\n  pm:\n    url: https://example.org/pm.algo.md\n    sha256: ${SHA}\n`,
      ),
    );
    expect(nb.front.imports).toEqual({
      atmo: {
        url: '../atmo/v3.algo.md',
        sha256: SHA,
        title: 'The ATMO index',
        mirrors: ['https://mirror.example.org/v3.algo.md'],
        note: 'kept',
      },
      pm: { url: 'https://example.org/pm.algo.md', sha256: SHA },
    });
  });

  it('parse(text) accepts an empty `imports:` as a place to add some', () => {
    expect(parse(withImports('')).front.imports).toBeNull();
  });

  it('serialize(nb) writes `imports` back as it was read, unknown keys kept', () => {
    const text = withImports(
      `  atmo:\n    url: lib.algo.md\n    sha256: ${SHA}\n    title: ATMO\n    mirrors:\n      - https://m.example.org/lib.algo.md\n    x-note: 1\n`,
    );
    expect(serialize(parse(text))).toBe(text);
  });

  it('parse(text) refuses `imports` that is not a mapping, at its line', () => {
    expect(parseError(file('', `${FRONT}imports: [a, b]\n`))).toEqual({
      line: 5,
      message:
        'Line 5: `imports` must map each import name to the `url` and `sha256` of the notebook it imports',
    });
  });

  it('parse(text) refuses a missing url or sha256 at the import’s line', () => {
    expect(parseError(withImports(`  atmo:\n    sha256: ${SHA}\n`))).toEqual({
      line: 6,
      message: 'Line 6: import "atmo" needs a `url`: the notebook file it imports',
    });
    expect(parseError(withImports(`  atmo:\n    url: a.algo.md\n`))).toEqual({
      line: 6,
      message:
        'Line 6: import "atmo" needs a `sha256`: the 64 lower-case hexadecimal digits of the imported file',
    });
  });

  it('parse(text) refuses a bad sha256, title or mirrors at their own line', () => {
    expect(parseError(withImports(`  atmo:\n    url: a.algo.md\n    sha256: 9f2c\n`))).toEqual({
      line: 8,
      message: 'Line 8: import "atmo" has sha256 "9f2c"; expected 64 lower-case hexadecimal digits',
    });
    expect(
      parseError(withImports(`  atmo:\n    url: a.algo.md\n    sha256: ${SHA}\n    title: [x]\n`)),
    ).toEqual({ line: 9, message: 'Line 9: import "atmo" has title a list; expected text' });
    expect(
      parseError(withImports(`  atmo:\n    url: a.algo.md\n    sha256: ${SHA}\n    mirrors: x\n`)),
    ).toEqual({
      line: 9,
      message: 'Line 9: import "atmo" has mirrors "x"; expected a list of URLs',
    });
  });

  it('parse(text) refuses a name that would read as a path or break out of its string', () => {
    for (const name of [
      '__proto__',
      '"a/b"',
      '"a\\"b"',
      '"it\'s"',
      '"a b"',
      '"`x`"',
      `"${'n'.repeat(65)}"`,
    ]) {
      const error = parseError(withImports(`  ${name}:\n    url: a.algo.md\n    sha256: ${SHA}\n`));
      expect(error.line).toBe(6);
      expect(error.message).toMatch(/^Line 6: import name .* must be text of 1 to 64 characters/);
    }
  });

  it('parse(text) refuses a file:, data: or javascript: URL, in url and in mirrors', () => {
    expect(
      parseError(withImports(`  atmo:\n    url: file:///etc/passwd\n    sha256: ${SHA}\n`)),
    ).toEqual({
      line: 7,
      message:
        'Line 7: import "atmo" has url "file:///etc/passwd"; expected an http(s) URL or a path relative to this notebook',
    });
    expect(
      parseError(
        withImports(
          `  atmo:\n    url: a.algo.md\n    sha256: ${SHA}\n    mirrors: [https://ok.org/a, 'javascript:alert(1)']\n`,
        ),
      ).message,
    ).toBe(
      'Line 9: import "atmo" has mirror 2 "javascript:alert(1)"; expected an http(s) URL or a path relative to this notebook',
    );
  });

  it('parse(text) refuses an import name written twice, naming both lines', () => {
    expect(
      parseError(
        withImports(
          `  a:\n    url: x.algo.md\n    sha256: ${SHA}\n  a:\n    url: y.algo.md\n    sha256: ${SHA}\n`,
        ),
      ),
    ).toEqual({ line: 9, message: 'Line 9: duplicate import name "a" (first defined on line 6)' });
  });

  it('a bad import reads in French with its line', () => {
    expect(frenchError(withImports(`  atmo:\n    url: a.algo.md\n    sha256: 9f2c\n`))).toBe(
      'Ligne 8\u00a0: l’import «\u00a0atmo\u00a0» a pour sha256 "9f2c"\u00a0; attendu 64 chiffres hexadécimaux minuscules',
    );
    expect(frenchError(withImports(`  atmo:\n    sha256: ${SHA}\n`))).toBe(
      'Ligne 6\u00a0: l’import «\u00a0atmo\u00a0» doit avoir une `url`\u00a0: le carnet qu’il importe',
    );
  });
});

describe('importUrlAllowed(url)', () => {
  it('importUrlAllowed(url) takes relative paths and http(s) URLs only', () => {
    const allowed = [
      'lib.algo.md',
      '../a/v1.algo.md',
      'https://e.org/a.algo.md',
      'http://127.0.0.1:8/a',
    ];
    const refused = [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/plain,x',
      'C:\\x',
      '//evil.org/a',
    ];
    expect(allowed.filter(importUrlAllowed)).toEqual(allowed);
    expect(refused.filter(importUrlAllowed)).toEqual([]);
  });
});
