import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { afterFrames } from './support/frames.ts';
import { useApp } from './support/use-app.ts';
import { cell, codeOf, editCopy, typeCode, waitForOutput } from './support/notebook.ts';

/** One line of 16,000 characters, as a pasted data blob or a minified snippet gives. */
const LONG = 'x'.repeat(16_000);
const NOTEBOOK = `---
algobook: 1
id: long-line
title: Long line
---

\`\`\`js
const s = "${LONG}";
\`\`\`

\`\`\`js
md\`length: \${s.length}\`
\`\`\`
`;

/** The height in pixels of Monaco's box for cell `n`. */
function editorHeight(page: Page, n: number): Promise<number> {
  return codeOf(page, n).evaluate(
    (el) => el.closest('.monaco-editor')?.getBoundingClientRect().height ?? 0,
  );
}

// The notebook is written here rather than kept as a 16 kB fixture file.
const app = useApp({ notebooks: { 'long-line.algo.md': NOTEBOOK } });
const { fixtures } = app;

describe('a cell with a very long line', () => {
  it('opens, takes a pasted 16,000-character line, and runs it with Shift+Enter, with no errors', async () => {
    const page = await app.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await editCopy(page, app.server.url, `${fixtures.url}long-line.algo.md`);
      await waitForOutput(cell(page, 2), 'length:', /^length: 16000$/);

      // Pasting such a line used to send Monaco into a render loop ("Maximum call stack size
      // exceeded", hundreds of times a second).
      await typeCode(page, 1, `const s = "${LONG}yy";`);
      await page.keyboard.press('Shift+Enter');
      await waitForOutput(cell(page, 2), 'length:', /^length: 16002$/);
      // Let a render loop, if any, show itself: it threw on every frame.
      await afterFrames(page, 30);
      expect(errors).toEqual([]);
      // The editor stays one line tall (plus its horizontal scrollbar), not stretched.
      const height = await editorHeight(page, 1);
      expect(height).toBeGreaterThanOrEqual(19);
      expect(height).toBeLessThan(60);

      // And the editor still grows with its lines: three short lines, three lines tall (and 10 px of margin, as before).
      await typeCode(page, 1, 'const s =\n  "a" +\n  "b";');
      await expect.poll(() => editorHeight(page, 1)).toBe(3 * 19 + 10);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 60_000);
});
