import { describe, expect, it } from 'vitest';
import { analyze, hiddenLastExpression } from '../../../src/core/analysis/index.ts';

/** The error of a cell as `code @line:column`, so that each test is one equality. */
function refused(source: string): string {
  const { error, declarations, references, import: imported } = analyze(source);
  expect({ declarations, references, imported }).toEqual({
    declarations: [],
    references: [],
    imported: undefined,
  });
  return error ? `${error.code ?? error.message} @${error.line}:${error.column}` : 'accepted';
}

describe('analyze(source).import', () => {
  it('import {a, b as c} from "atmo" declares a and c, reads nothing and says what it imports', () => {
    expect(analyze('import {subIndex, LABELS as labels} from "atmo"')).toEqual({
      declarations: ['subIndex', 'labels'],
      references: [],
      expression: false,
      hasAwait: false,
      import: {
        from: 'atmo',
        names: [
          { imported: 'subIndex', local: 'subIndex' },
          { imported: 'LABELS', local: 'labels' },
        ],
      },
    });
  });

  it('takes several declarations from the same import, with comments and semicolons', () => {
    const analysis = analyze(
      '// the index\nimport {a} from "atmo";\nimport {b as c} from \'atmo\';',
    );
    expect(analysis.import).toEqual({
      from: 'atmo',
      names: [
        { imported: 'a', local: 'a' },
        { imported: 'b', local: 'c' },
      ],
    });
    expect(analysis.declarations).toEqual(['a', 'c']);
  });

  it('keeps a string name as imported', () => {
    expect(analyze('import {"odd name" as odd} from "atmo"').import?.names).toEqual([
      { imported: 'odd name', local: 'odd' },
    ]);
  });

  it('never counts an import cell as a value to display', () => {
    expect(hiddenLastExpression('import {a} from "atmo"')).toBeNull();
  });

  it('refuses an import cell that defines anything else, at the other statement', () => {
    expect(refused('import {a} from "atmo"\nconst b = a + 1')).toBe('import-not-alone @2:1');
    expect(refused('const b = 1;\nimport {a} from "atmo"')).toBe('import-not-alone @2:1');
  });

  it('refuses a default import, with its line and column', () => {
    expect(refused('import atmo from "atmo"')).toBe('import-default @1:8');
    expect(refused('import x, {a} from "atmo"')).toBe('import-default @1:8');
  });

  it('refuses a namespace import', () => {
    expect(refused('import * as atmo from "atmo"')).toBe('import-namespace @1:8');
  });

  it('refuses an import of no names', () => {
    expect(refused('import "atmo"')).toBe('import-no-names @1:1');
    expect(refused('import {} from "atmo"')).toBe('import-no-names @1:1');
  });

  it('refuses imports from two notebooks in one cell', () => {
    expect(refused('import {a} from "atmo"\nimport {b} from "pm"')).toBe(
      'import-several-sources @2:1',
    );
  });

  it('refuses import attributes', () => {
    expect(refused('import {a} from "atmo" with {type: "json"}')).toBe('import-attributes @1:30');
  });

  it('refuses the same name imported twice (the parser says it is declared twice)', () => {
    expect(refused('import {a} from "atmo"\nimport {b as a} from "atmo"')).toBe(
      "Identifier 'a' has already been declared @2:14",
    );
  });

  it('words the refusal with the import and the name', () => {
    const { error } = analyze('import atmo from "atmo"');
    expect(error).toMatchObject({
      name: 'SyntaxError',
      code: 'import-default',
      params: { from: 'atmo', local: 'atmo' },
      message:
        'A notebook has no default export: name what you take, as in import {atmo} from "atmo"',
    });
  });

  it('still refuses export', () => {
    expect(analyze('export const a = 1').error?.message).toMatch(/^export is not supported/);
  });
});
