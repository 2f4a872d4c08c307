import { describe, expect, it } from 'vitest';
import { putDataset, listDatasets } from '../../../src/app/storage/dataset-cache.ts';
import { saveDraft } from '../../../src/app/storage/drafts.ts';
import { addVersion } from '../../../src/app/storage/versions.ts';
import { freeDatasets, isOnlyCopy, readPlan } from '../../../src/app/storage/free-plan.ts';
import { sha256Hex } from '../../../src/core/data/sha256.ts';
import { draft, freshDB } from './helpers.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

/** A notebook text pinning `datasets` (name → sha256). */
const notebook = (title: string, datasets: Record<string, string>) =>
  `---\nalgobook: 1\nid: n\ntitle: ${title}\ndatasets:\n${Object.entries(datasets)
    .map(
      ([name, sha]) =>
        `  ${name}:\n    url: https://x.test/${name}.csv\n    format: csv\n    sha256: ${sha}\n`,
    )
    .join('')}---\n\n\`\`\`js\n1\n\`\`\`\n`;

async function stored(db: Awaited<ReturnType<typeof freshDB>>, text: string, options = {}) {
  const data = bytes(text);
  const sha256 = await sha256Hex(data);
  await putDataset(db, sha256, data, options);
  return sha256;
}

describe('isOnlyCopy(entry)', () => {
  it('is true for a file, and for older records with no URL or a relative one', () => {
    expect(isOnlyCopy({ origin: 'file', url: 'https://x.test/a.csv' })).toBe(true);
    expect(isOnlyCopy({ origin: 'web', url: 'a.csv' })).toBe(false);
    expect(isOnlyCopy({ url: 'sales.csv' })).toBe(true);
    expect(isOnlyCopy({ url: 'data/sales.csv' })).toBe(true);
    expect(isOnlyCopy({})).toBe(true);
    expect(isOnlyCopy({ url: 'https://x.test/a.csv' })).toBe(false);
  });
});

describe('readPlan(db)', () => {
  it('deletes by default only what a URL serves again and nothing of this browser pins', async () => {
    const db = await freshDB();
    const file = await stored(db, 'file', { url: 'sales.csv', origin: 'file' });
    const legacy = await stored(db, 'legacy', { url: 'old.csv' });
    const drafted = await stored(db, 'drafted', { url: 'https://x.test/d.csv', origin: 'web' });
    const published = await stored(db, 'published', { url: 'https://x.test/p.csv' });
    const loose = await stored(db, 'loose', { url: 'https://x.test/l.csv', origin: 'web' });
    await saveDraft(db, { ...draft('d1', notebook('My draft', { d: drafted, f: file })) }, 0);
    await addVersion(db, {
      sha256: 'v'.repeat(64),
      notebook: 'n',
      version: 2,
      text: notebook('Published one', { p: published }),
      message: '',
      published: '2026-01-01T00:00:00Z',
    });

    const plan = await readPlan(db);
    expect(plan.remove.map((i) => i.sha256)).toEqual([loose]);
    expect(plan.remove[0]).toMatchObject({ size: 5, names: [], reasons: [] });
    const keep = Object.fromEntries(plan.keep.map((i) => [i.sha256, i]));
    expect(Object.keys(keep).sort()).toEqual([file, legacy, drafted, published].sort());
    expect(keep[file]).toMatchObject({
      names: ['f'],
      reasons: [{ kind: 'file' }, { kind: 'draft', title: 'My draft' }],
    });
    expect(keep[legacy].reasons).toEqual([{ kind: 'file' }]);
    expect(keep[drafted].reasons).toEqual([{ kind: 'draft', title: 'My draft' }]);
    expect(keep[published].reasons).toEqual([
      { kind: 'version', title: 'Published one', version: 2 },
    ]);

    expect(await freeDatasets(db, plan.remove)).toBe(5);
    expect((await listDatasets(db)).entries.map((e) => e.sha256).sort()).toEqual(
      [file, legacy, drafted, published].sort(),
    );
  });
});
