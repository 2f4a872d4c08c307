import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { afterFrames } from './frames.ts';

/** How wide the page is, and what sticks out past the window (for the failure message). */
function pageWidth(page: Page): Promise<{ scrollWidth: number; outside: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Content inside a box that scrolls or clips is not outside the page.
    const clipped = (e: Element) => {
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    const outside = [...document.body.querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > width + 1 && !clipped(e))
      .slice(0, 5)
      .map((e) => `<${e.tagName.toLowerCase()} class="${e.getAttribute('class') ?? ''}">`);
    return { scrollWidth: document.scrollingElement?.scrollWidth ?? 0, outside };
  });
}

/**
 * Checks that the page does not scroll sideways at `width`, once layout and resize observers
 * have run; names what sticks out if it does.
 */
export async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
  await afterFrames(page);
  const { scrollWidth, outside } = await pageWidth(page);
  expect(
    scrollWidth,
    `page ${scrollWidth}px wide; outside: ${outside.join(', ')}`,
  ).toBeLessThanOrEqual(width);
}
