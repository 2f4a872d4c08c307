import { describe, expect, it } from 'vitest';
import {
  chunksOf,
  contentHeight,
  rowWindow,
  type WindowInput,
} from '../../../src/app/outputs/table-window.ts';

const base: WindowInput = {
  scrollTop: 0,
  viewportHeight: 260,
  rowHeight: 26,
  numRows: 1000,
  overscan: 2,
};

describe('rowWindow(input)', () => {
  it('draws the visible rows and the overscan below at the top', () => {
    expect(rowWindow(base)).toEqual({
      start: 0,
      end: 12,
      before: 0,
      after: (1000 - 12) * 26,
      height: 26_000,
    });
  });

  it('draws overscan on both sides in the middle, with spacers filling the rest', () => {
    const w = rowWindow({ ...base, scrollTop: 26 * 100 + 13 });
    expect([w.start, w.end]).toEqual([98, 113]);
    expect(w.before).toBe(98 * 26);
    expect(w.before + (w.end - w.start) * 26 + w.after).toBe(w.height);
  });

  it('ends at the last row when scrolled to the bottom', () => {
    const w = rowWindow({ ...base, scrollTop: 26_000 - 260 });
    expect(w.end).toBe(1000);
    expect(w.after).toBe(0);
  });

  it('clamps a scroll position past the end', () => {
    expect(rowWindow({ ...base, scrollTop: 1e9 })).toEqual(
      rowWindow({ ...base, scrollTop: 26_000 - 260 }),
    );
  });

  it('draws nothing for an empty table', () => {
    expect(rowWindow({ ...base, numRows: 0 })).toEqual({
      start: 0,
      end: 0,
      before: 0,
      after: 0,
      height: 0,
    });
  });

  it('draws one row and the overscan before the viewport is measured', () => {
    expect(rowWindow({ ...base, viewportHeight: 0 })).toMatchObject({ start: 0, end: 3 });
  });

  describe('with a million rows (compressed scroll range)', () => {
    const million: WindowInput = { ...base, numRows: 1_000_000 };
    const height = contentHeight(1_000_000, 26);

    it('caps the content height', () => {
      expect(height).toBe(8_000_000);
      expect(rowWindow(million).height).toBe(8_000_000);
    });

    it('maps the scroll range onto all rows: the middle shows the middle, the end the last row', () => {
      const middle = rowWindow({ ...million, scrollTop: (height - 260) / 2 });
      expect(middle.start + 2).toBeCloseTo(499_995, -1);
      const end = rowWindow({ ...million, scrollTop: height - 260 });
      expect(end.end).toBe(1_000_000);
      expect(end.after).toBeCloseTo(0, 6);
    });

    it('reaches the last row when the browser stops a pixel short of the end', () => {
      const w = rowWindow({ ...million, scrollTop: height - 260 - 1 });
      expect(w.end).toBe(1_000_000);
      expect(w.before + (w.end - w.start) * 26 + w.after).toBeCloseTo(height, 6);
    });

    it('never makes a negative spacer, and rows always fit the content', () => {
      for (const scrollTop of [
        0,
        1,
        7,
        25,
        26,
        100,
        12_345,
        4_000_000,
        height - 261,
        height - 260,
      ]) {
        const w = rowWindow({ ...million, scrollTop });
        expect(w.before).toBeGreaterThanOrEqual(0);
        expect(w.after).toBeGreaterThanOrEqual(0);
        expect(w.before + (w.end - w.start) * 26 + w.after).toBeCloseTo(height, 6);
      }
    });

    it('puts the first visible row at the top of the viewport', () => {
      const scrollTop = 1_000_000;
      const w = rowWindow({ ...million, scrollTop });
      const realTop = scrollTop * ((26_000_000 - 260) / (height - 260));
      const first = Math.floor(realTop / 26);
      // Row `first` is drawn straddling the viewport's top edge.
      const top = w.before + (first - w.start) * 26;
      expect(top).toBeLessThanOrEqual(scrollTop);
      expect(top + 26).toBeGreaterThan(scrollTop);
    });
  });
});

describe('chunksOf(start, end, chunkSize)', () => {
  it('lists the chunks a range touches', () => {
    expect(chunksOf(0, 200, 200)).toEqual([0]);
    expect(chunksOf(190, 215, 200)).toEqual([0, 1]);
    expect(chunksOf(400, 401, 200)).toEqual([2]);
  });
  it('is empty for an empty range', () => {
    expect(chunksOf(5, 5, 200)).toEqual([]);
  });
});
