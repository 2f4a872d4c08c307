import { parse } from '../../../src/core/format/parse.ts';
import type { Notebook } from '../../../src/core/format/types.ts';

export const SHA = 'ab'.repeat(32);

/** A notebook from its cells: strings are prose, `{js, options?}` code. */
export function notebook(
  cells: (string | { js: string; options?: string })[],
  front = 'algobook: 1\nid: test\ntitle: Test\n',
): Notebook {
  const body = cells
    .map((c) =>
      typeof c === 'string' ? c : `\`\`\`js${c.options ? ` ${c.options}` : ''}\n${c.js}\n\`\`\``,
    )
    .join('\n\n');
  return parse(`---\n${front}---\n\n${body}\n`);
}
