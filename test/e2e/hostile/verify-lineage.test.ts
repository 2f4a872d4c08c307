/**
 * Two copies of one notebook keep the same `id`, but not the same chain of versions: copy B's
 * first version is version 1, with no parent, and never names copy A's version as its parent.
 */
import { describe, expect, it } from 'vitest';
import { editCopy } from '../support/notebook.ts';
import { publish, storedVersions, TOTAL, waitForText } from '../fixtures/publish/steps.ts';
import { parse } from '../../../src/core/format/index.ts';
import { useApp } from '../support/use-app.ts';

const app = useApp({ fixtures: true });
const { fixtures } = app;

describe('lineage', () => {
  it('gives two copies of one notebook two chains of versions', async () => {
    const page = await app.page();
    const src = `${fixtures.url}publish/total.algo.md`;
    await editCopy(page, app.server.url, src);
    await waitForText(page, TOTAL);
    await publish(page, 'Copy A', 1);

    // The same notebook copied again, in the same browser.
    await editCopy(page, app.server.url, src);
    await waitForText(page, TOTAL);
    await publish(page, 'Copy B', 1);

    const versions = await storedVersions(page);
    expect(versions.map((v) => v.version)).toEqual([1, 1]);
    const [a, b] = versions.map((v) => parse(v.text).front);
    expect(a.id).toBe(b.id);
    expect(a.lineage).not.toBe(b.lineage);
    expect(versions[0].notebook).not.toBe(versions[1].notebook);
    expect(a.parent).toBeUndefined();
    expect(b.parent).toBeUndefined();
  });
});
