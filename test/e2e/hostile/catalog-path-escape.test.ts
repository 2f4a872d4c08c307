/**
 * A catalog whose version `path` leaves the site: `new URL(path, catalog)` reads a backslash as a
 * slash, so `\\host:port/x` names another host, and `%2e%2e` is `..`. The register reads each
 * listed version to show its card; such a catalog must be refused as a whole, before any of its
 * versions is fetched.
 */
import { describe, expect, it } from 'vitest';
import { sha256Text } from '../../../src/core/publish/index.ts';
import { useApp } from '../support/use-app.ts';

const EVIL = `---
algobook: 1
id: evil
title: Served by another host
version: 1
published: 2026-01-01T10:00:00Z
message: First
transparency:
  purpose: Not this site's
---

\`\`\`js
1 + 1
\`\`\`
`;

let hits = 0;
const catalog = (path: string) =>
  JSON.stringify({
    algobook: 1,
    notebooks: [
      {
        id: 'evil',
        title: 'Listed by this site',
        latest: 1,
        versions: [
          {
            version: 1,
            sha256: sha256Text(EVIL),
            published: '2026-01-01T10:00:00Z',
            message: 'First',
            path,
          },
        ],
      },
    ],
  });

let listedPath = '';
const app = useApp({
  appRoutes: {
    '/catalog.json': () => ({ type: 'application/json', body: catalog(listedPath) }),
    '/x/evil/v1.algo.md': () => {
      hits++;
      return { type: 'text/markdown', body: EVIL };
    },
  },
  routes: {
    '/evil/v1.algo.md': () => {
      hits++;
      return { type: 'text/markdown', body: EVIL };
    },
  },
});

describe('a catalog path that leaves the site', () => {
  for (const [name, path] of [
    [
      'a backslash naming another host',
      () => `\\\\${app.fixtures.url.replace(/^http:\/\//, '')}evil/v1.algo.md`,
    ],
    ['an encoded ".."', () => '%2e%2e/x/evil/v1.algo.md'],
  ] as const)
    it(`is refused before any version is fetched: ${name}`, async () => {
      hits = 0;
      listedPath = path();
      const page = await app.page();
      await page.goto(app.url);
      await page
        .getByText(/This catalog is not valid: notebooks\[0\]\.versions\[0\]\.path/)
        .waitFor();
      expect(await page.getByText('Not this site’s').count()).toBe(0);
      expect(await page.getByText("Not this site's").count()).toBe(0);
      expect(hits).toBe(0);
    });
});
