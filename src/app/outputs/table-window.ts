/**
 * Which rows of a virtual table to put in the DOM for a scroll position.
 *
 * Browsers cap an element's height (Firefox near 17.9 million px), below the 26 million px of a
 * million 26px rows. Past `MAX_SCROLL_HEIGHT` the scroll range is compressed: a scroll position
 * maps linearly to a real (uncompressed) offset, and the rows near that offset are drawn where
 * the viewport is, so the scrollbar still spans the whole table.
 */

/** The tallest scroll content we create, well under every browser's limit. */
export const MAX_SCROLL_HEIGHT = 8_000_000;

/** Distance in px from the end of a compressed scroll range that counts as the end. */
const END_SNAP = 2;

export interface WindowInput {
  /** `scrollTop` of the scroll container. */
  scrollTop: number;
  /** Height in px where rows show (the container's height less a sticky header). */
  viewportHeight: number;
  rowHeight: number;
  numRows: number;
  /** Extra rows drawn above and below the viewport, so fast scrolling does not show gaps. */
  overscan: number;
  maxHeight?: number;
}

export interface RowWindow {
  /** First row drawn (inclusive). */
  start: number;
  /** Row after the last one drawn (exclusive). */
  end: number;
  /** Space in px above the first drawn row. */
  before: number;
  /** Space in px below the last drawn row. */
  after: number;
  /** Height in px of all rows, once compressed. */
  height: number;
}

/** Height in px of the rows' scroll content. */
export function contentHeight(
  numRows: number,
  rowHeight: number,
  maxHeight = MAX_SCROLL_HEIGHT,
): number {
  return Math.min(numRows * rowHeight, maxHeight);
}

export function rowWindow(input: WindowInput): RowWindow {
  const { rowHeight, numRows, overscan } = input;
  const viewportHeight = Math.max(0, input.viewportHeight);
  const real = numRows * rowHeight;
  const height = contentHeight(numRows, rowHeight, input.maxHeight);
  const realRange = Math.max(0, real - viewportHeight);
  const range = Math.max(0, height - viewportHeight);
  const ratio = range > 0 ? realRange / range : 1;
  const scrollTop = Math.min(Math.max(0, input.scrollTop), range);
  // Browsers round layout and scroll positions, and compression magnifies a pixel into several:
  // the bottom of the scroll range can fall a pixel short of ours. Near the end is the end, or
  // the last row could never be reached.
  const compressed = ratio > 1;
  const realTop = (compressed && scrollTop > range - END_SNAP ? range : scrollTop) * ratio;

  const first = Math.floor(realTop / rowHeight);
  const last = Math.ceil((realTop + viewportHeight) / rowHeight);
  let start = Math.max(0, first - overscan);
  let end = Math.min(numRows, Math.max(last, first + 1) + overscan);

  // Row `start` sits where the real offset maps to the scroll position.
  let before = scrollTop + start * rowHeight - realTop;
  // When compressed, overscan rows may fall above the content's top or below its bottom; they
  // are out of sight anyway, so drop them rather than make a negative spacer.
  if (before < 0) {
    const drop = Math.ceil(-before / rowHeight);
    start += drop;
    before += drop * rowHeight;
  }
  end = Math.max(start, Math.min(end, start + Math.floor((height - before) / rowHeight + 1e-6)));
  const after = Math.max(0, height - before - (end - start) * rowHeight);
  return { start, end, before, after, height };
}

/** The chunk indices that hold rows `start` to `end` (exclusive). */
export function chunksOf(start: number, end: number, chunkSize: number): number[] {
  const chunks: number[] = [];
  if (end <= start) return chunks;
  const last = Math.floor((end - 1) / chunkSize);
  for (let k = Math.floor(start / chunkSize); k <= last; k++) chunks.push(k);
  return chunks;
}
