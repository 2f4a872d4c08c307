/**
 * Wide content (a chart, a Markdown table) scrolls sideways in a box of its own, so that it never
 * widens the page. A box that scrolls must be reachable from the keyboard, or arrow keys cannot
 * scroll it (WCAG 2.1.1; axe's `scrollable-region-focusable`). These attachments make such a box
 * focusable while, and only while, its content overflows: content that fits adds no tab stop.
 */

function update(element: Element): void {
  if (!(element instanceof HTMLElement)) return;
  const scrolls = element.scrollWidth > element.clientWidth + 1;
  if (scrolls && element.tabIndex !== 0) element.tabIndex = 0;
  if (!scrolls && element.hasAttribute('tabindex')) element.removeAttribute('tabindex');
}

/** Attachment: `element` is focusable while its content is wider than it. */
export function focusableWhileScrolling(element: HTMLElement): () => void {
  // The box resizes with the page, and grows when its content (a chart drawn late) arrives.
  const observer = new ResizeObserver(() => update(element));
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * Attachment for rendered Markdown: each table and code block inside `container` (scrolling
 * blocks, see global.css) is focusable while it is wider than the text. They come and go with
 * `{@html}`, hence the mutation observer.
 */
export function focusableWideBlocks(container: HTMLElement): () => void {
  const resizes = new ResizeObserver((entries) => {
    for (const entry of entries) update(entry.target);
  });
  const watch = () => {
    resizes.disconnect();
    for (const block of container.querySelectorAll('table, pre')) resizes.observe(block);
  };
  const mutations = new MutationObserver(watch);
  mutations.observe(container, { childList: true, subtree: true });
  watch();
  return () => {
    mutations.disconnect();
    resizes.disconnect();
  };
}
