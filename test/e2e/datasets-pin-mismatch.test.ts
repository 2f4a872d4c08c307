import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  cell,
  readerUrl,
  storedDrafts,
  waitForMonaco,
  waitForOutput,
  waitForStatus,
} from './support/notebook.ts';
import { startFakePortal } from '../support/fake-portal.ts';
import {
  datasetCard,
  field,
  notebookText,
  rowsAndSum,
  sha256,
  waitForState,
} from './datasets-support.ts';
import { useApp, useServer } from './support/use-app.ts';

// A pinned file on the portal changes after the notebook was pinned. The person sees which
// dataset, the old and new hashes and dates, and chooses; cells never run on the new bytes
// unless the person re-pins.
const app = useApp();
const portal = useServer(startFakePortal);

const FILE = '/files/pinned.csv';
const ORIGINAL = 'code,population\n1,100\n2,200\n';
const CHANGED = 'code,population\n1,100\n2,200\n3,300\n';

beforeEach(() => {
  portal.setFile(FILE, ORIGINAL);
  portal.setFile(
    '/nb/pinned.algo.md',
    notebookText(
      {
        pinned: {
          url: `${portal.url}${FILE}`,
          format: 'csv',
          sha256: sha256(ORIGINAL),
          retrieved: '2024-01-02',
        },
      },
      rowsAndSum('pinned', 'population'),
    ),
  );
});

const open = (page: Page) =>
  page.goto(readerUrl(app.server.url, `${portal.url}/nb/pinned.algo.md`));

describe('a dataset whose bytes changed since pinned', () => {
  it('runs on the pinned bytes from the cache, shows both hashes, and can keep them', async () => {
    const context = await app.browser.newContext({ locale: 'en-US' });
    const page = await app.newPage(context);
    try {
      await open(page);
      await waitForOutput(cell(page, 3), 'sum:', /^sum: 300$/);
      portal.setFile(FILE, CHANGED);
      await page.reload();

      const card = datasetCard(page, 'pinned');
      const alert = card.getByRole('alert').filter({ hasText: 'changed since it was pinned' });
      await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(1);
      const text = await alert.innerText();
      expect(text).toContain('Dataset "pinned" changed since it was pinned');
      expect(text).toContain(sha256(ORIGINAL));
      expect(text).toContain(sha256(CHANGED));
      expect(text).toContain('retrieved 2024-01-02');
      expect(text).toMatch(/retrieved \d{4}-\d{2}-\d{2}/);
      expect(text).toContain(`${portal.url}${FILE}`);
      // The cells ran on the pinned bytes.
      expect(await waitForOutput(cell(page, 3), 'sum:', /^sum: /)).toBe('sum: 300');

      await alert
        .getByRole('button', { name: 'Keep using the pinned bytes from the cache' })
        .click();
      await expect.poll(() => alert.count()).toBe(0);
      expect(
        await waitForState(card, /the source changed; the pinned bytes from the cache are used/),
      ).toBeTruthy();
      expect(await field(card, 'SHA-256').innerText()).toBe(sha256(ORIGINAL).slice(0, 12));
      expect(await waitForOutput(cell(page, 3), 'sum:', /^sum: /)).toBe('sum: 300');
    } finally {
      await context.close();
    }
  });

  it('without the pinned bytes, runs nothing, and the reader re-pins into a copy to edit', async () => {
    portal.setFile(FILE, CHANGED);
    const context = await app.browser.newContext({ locale: 'en-US' });
    const page = await app.newPage(context);
    try {
      await open(page);
      await waitForStatus(cell(page, 1), /^error$/);
      expect(await cell(page, 1).getByRole('group', { name: 'Error' }).innerText()).toContain(
        'serves bytes that changed since the dataset was pinned',
      );
      const card = datasetCard(page, 'pinned');
      await waitForState(card, /changed since pinned/);
      const alert = card.getByRole('alert').filter({ hasText: 'changed since it was pinned' });
      expect(await alert.innerText()).toContain('not in this browser’s cache');
      expect(await alert.getByRole('button', { name: /Keep using/ }).count()).toBe(0);

      await alert.getByRole('button', { name: 'Edit a copy re-pinned to the new bytes' }).click();
      await page.getByRole('toolbar', { name: 'Notebook' }).waitFor();
      await waitForMonaco(page);
      await waitForOutput(cell(page, 3), 'sum:', /^sum: 600$/);
      const copy = datasetCard(page, 'pinned');
      expect(await field(copy, 'SHA-256').innerText()).toBe(sha256(CHANGED).slice(0, 12));
      const drafts = await storedDrafts(page);
      expect(drafts).toHaveLength(1);
      expect(drafts[0].text).toContain(`sha256: ${sha256(CHANGED)}`);
      expect(drafts[0].text).not.toContain(sha256(ORIGINAL));
    } finally {
      await context.close();
    }
  });

  it('in the editor, re-pinning changes the draft visibly and the cells re-run on the new bytes', async () => {
    const context = await app.browser.newContext({ locale: 'en-US' });
    const page = await app.newPage(context);
    try {
      await open(page);
      await waitForOutput(cell(page, 3), 'sum:', /^sum: 300$/);
      await page.getByRole('button', { name: 'Edit a copy' }).click();
      await page.getByRole('toolbar', { name: 'Notebook' }).waitFor();
      const card = datasetCard(page, 'pinned');
      await waitForState(card, /verified/);

      portal.setFile(FILE, CHANGED);
      await card.getByRole('button', { name: 'Check the source' }).click();
      const alert = card.getByRole('alert').filter({ hasText: 'changed since it was pinned' });
      await expect.poll(() => alert.count()).toBe(1);
      await alert.getByRole('button', { name: 'Re-pin to the new bytes' }).click();

      const notice = card.getByRole('status');
      await expect
        .poll(() => notice.innerText())
        .toBe(
          `Dataset "pinned" re-pinned: sha256 ${sha256(ORIGINAL).slice(0, 12)} → ${sha256(CHANGED).slice(0, 12)}. The draft is changed.`,
        );
      await card.getByText('Pin in the front matter').click();
      expect(await card.locator('pre').innerText()).toContain(`sha256: ${sha256(CHANGED)}`);
      await waitForOutput(cell(page, 3), 'sum:', /^sum: 600$/);
      await expect
        .poll(async () => (await storedDrafts(page))[0]?.text ?? '', { timeout: 5000 })
        .toContain(`sha256: ${sha256(CHANGED)}`);
    } finally {
      await context.close();
    }
  });
});
