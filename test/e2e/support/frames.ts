import type { Page } from 'playwright-core';

/**
 * Resolves once the page has drawn `count` more frames. Layout, resize observers and a render
 * loop all show themselves within a frame or two, so this waits on the page's own clock rather
 * than the wall clock: a loaded machine only makes the frames later, not fewer.
 */
export function afterFrames(page: Page, count = 2): Promise<void> {
  return page.evaluate(
    (frames) =>
      new Promise<void>((done) => {
        let left = frames;
        const tick = () => (--left <= 0 ? done() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    count,
  );
}
