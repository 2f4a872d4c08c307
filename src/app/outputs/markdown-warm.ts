import { nextTask } from '../shell/next-task.ts';

/** Prose through the block and inline rules a notebook's text usually meets, a part at a time. */
export const WARM_PARTS = [
  '# A title\n\nA paragraph.',
  'Some *emphasis*, **strong**, _under_, __both__ and ~~struck~~.',
  '`code`, [a link](#a) and <https://example.org>.',
  '- an item\n1. a number\n\n> a quote',
  '| a | b |\n|---|---|\n| 1 | 2 |',
];

/**
 * Renders each of {@link WARM_PARTS}, each in a task of its own, as soon as the markdown renderer
 * has loaded: marked compiles its regular expressions (Unicode classes) on their first use, ~25 ms
 * in Node for a first paragraph and more in a loaded browser, and DOMPurify makes its document on
 * its first sanitize. Without this, both happen in the task that mounts the reader's first cell
 * (issue 15: no task over 50 ms during load). The same work, once, in other tasks.
 */
export async function warmMarkdown(): Promise<void> {
  const { renderMarkdown } = await import('./markdown.ts');
  for (const part of WARM_PARTS) {
    await nextTask();
    renderMarkdown(part);
  }
}
