import { describe, expect, it } from 'vitest';
import { completionAt } from '../../../src/app/editor/import-completions.ts';

/** `text` with `|` marking the cursor. */
const at = (text: string) => completionAt(text.replace('|', ''), text.indexOf('|'));

describe('completionAt(text, offset)', () => {
  it("offers an import's names inside the braces, the from after the cursor", () => {
    expect(at('import { | } from "atmo"')).toEqual({ kind: 'names', from: 'atmo', prefix: '' });
    expect(at("import { subIndex, LA| } from 'atmo'")).toEqual({
      kind: 'names',
      from: 'atmo',
      prefix: 'LA',
    });
    expect(at('import {\n  a,\n  |\n} from "atmo"')).toMatchObject({ kind: 'names', from: 'atmo' });
  });

  it('offers the imports inside use("', () => {
    expect(at('const s = await use("|')).toEqual({ kind: 'imports', prefix: '' });
    expect(at("use('at|")).toEqual({ kind: 'imports', prefix: 'at' });
  });

  it('offers nothing elsewhere', () => {
    expect(at('import { a } from "atmo"|')).toBeNull();
    expect(at('import { a| }')).toBeNull();
    expect(at('const x = { |} ')).toBeNull();
    expect(at('reuse("|')).toBeNull();
  });
});
