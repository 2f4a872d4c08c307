import { describe, expect, it } from 'vitest';
import { freezeVersion } from '../../../src/core/publish/freeze.ts';
import { unchangedSince } from '../../../src/core/publish/unchanged.ts';
import { small } from './fixtures.ts';

const now = new Date(Date.UTC(2026, 11, 1));
const published = () => freezeVersion(small(), { message: 'First', results: [], now }).notebook;

describe('unchangedSince(draft, latest)', () => {
  it('is true for the draft a version was published from, its stamp and key order aside', () => {
    expect(unchangedSince(small(), published())).toBe(true);
    const { id, ...rest } = small().front;
    expect(unchangedSince({ ...small(), front: { ...rest, id } }, published())).toBe(true);
  });

  it('is false once a cell, the front matter or a pinned dataset changed', () => {
    const cell = small();
    cell.cells.push({ kind: 'markdown', id: 'new', source: 'More.' });
    expect(unchangedSince(cell, published())).toBe(false);
    const title = small();
    title.front.title = 'Smaller';
    expect(unchangedSince(title, published())).toBe(false);
    const data = small();
    if (data.front.datasets) data.front.datasets.pop.sha256 = 'cd'.repeat(32);
    expect(unchangedSince(data, published())).toBe(false);
  });
});
