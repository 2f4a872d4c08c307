import { describe, expect, it } from 'vitest';
import { importedNames } from '../../../../src/app/imports/add/imported-names.ts';
import { parse } from '../../../../src/core/format/parse.ts';

describe('importedNames(session.imports)', () => {
  it("lists each resolved import's top-level names, and skips failed ones", () => {
    const notebook = parse(
      '---\nalgobook: 1\nid: lib\ntitle: Lib\n---\n\n```js\nconst a = 1, b = 2;\n```\n\n```js\nfunction f() {}\n```\n\n```js\na + b\n```\n',
    );
    const spec = { url: 'lib.algo.md', sha256: 'a'.repeat(64) };
    expect(
      importedNames({
        lib: {
          name: 'lib',
          spec,
          url: 'https://x.test/lib.algo.md',
          text: '',
          notebook,
          imports: {},
        },
        bad: { name: 'bad', spec, error: { name: 'AlgobookError', message: 'no' } },
      }),
    ).toEqual({ lib: ['a', 'b', 'f'] });
  });
});
