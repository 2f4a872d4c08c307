/**
 * A site's catalog larger than the app reads (8 MB): the home page says so in the reader's
 * language instead of downloading and parsing it, and the rest of the page works.
 */
import { describe, expect, it } from 'vitest';
import { useApp } from '../support/use-app.ts';

let requested = 0;
/** Valid JSON, 9 MB: one notebook whose summary is padded. */
const huge = JSON.stringify({
  algobook: 1,
  notebooks: [
    {
      id: 'huge',
      title: 'A huge catalog',
      summary: 'x'.repeat(9 * 1024 * 1024),
      latest: 1,
      versions: [
        {
          version: 1,
          sha256: '0'.repeat(64),
          published: '2026-01-01T10:00:00Z',
          message: 'First',
          path: 'huge/v1.algo.md',
        },
      ],
    },
  ],
});

const app = useApp({
  appRoutes: {
    '/catalog.json': () => {
      requested++;
      return { type: 'application/json', body: huge };
    },
  },
});

describe('a catalog larger than 8 MB', () => {
  it('is not read, and the page says why in English and French', async () => {
    const page = await app.page();
    await page.goto(app.url);
    await page.getByText(/catalog\.json is larger than 8 MB: it is not read\./).waitFor();
    expect(await page.getByText('A huge catalog').count()).toBe(0);
    await page
      .getByRole('button', { name: /new notebook/i })
      .first()
      .waitFor();
    expect(requested).toBeGreaterThan(0);

    const fr = await app.page({ language: 'fr' });
    await fr.goto(app.url);
    await fr.getByText(/catalog\.json dépasse 8 MB\u00a0: il n’est pas lu\./).waitFor();
  });
});
