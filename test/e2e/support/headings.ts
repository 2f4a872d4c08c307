/**
 * Every heading (h1, h2) a page ever shows, from its first paint on: a test checks that a
 * reader never saw one in the wrong language, even for an instant.
 */
import type { Page } from 'playwright-core';

/** Starts recording, before the page's first script; read it with `seenHeadings`. */
export async function recordHeadings(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __headings: string[] }).__headings = seen;
    new MutationObserver(() => {
      for (const h of document.querySelectorAll('h1, h2')) {
        const text = h.textContent ?? '';
        if (!seen.includes(text)) seen.push(text);
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

/** The headings seen so far, in the order they first showed. */
export function seenHeadings(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __headings: string[] }).__headings);
}
