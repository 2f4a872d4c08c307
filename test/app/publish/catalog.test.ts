import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../src/core/publish/index.ts';
import {
  catalogHistory,
  catalogOrigin,
  DEFAULT_CATALOG,
  isThirdParty,
} from '../../../src/app/publish/catalog.ts';

describe('isThirdParty', () => {
  const page = 'https://city.example/app/?catalog=x#/a';
  it("is false only for the site's own catalog.json beside the app", () => {
    expect(isThirdParty(DEFAULT_CATALOG, page)).toBe(false);
    expect(isThirdParty('https://city.example/app/catalog.json', page)).toBe(false);
    expect(isThirdParty('https://other.example/app/catalog.json', page)).toBe(true);
    expect(isThirdParty('https://city.example/catalog.json', page)).toBe(true);
    expect(isThirdParty('other.json', page)).toBe(true);
  });

  it('shows a catalog by its origin', () => {
    expect(catalogOrigin('https://other.example:8080/x/catalog.json', page)).toBe(
      'https://other.example:8080',
    );
  });
});

describe('catalogHistory', () => {
  it("lists an entry's versions oldest first, with their files' addresses and app links", () => {
    const sha = (c: string) => c.repeat(64);
    const catalog = readCatalog({
      algobook: 1,
      notebooks: [
        {
          id: 'a b',
          title: 'A',
          latest: 2,
          versions: [
            {
              version: 2,
              sha256: sha('b'),
              published: '2026-01-02T00:00:00Z',
              message: 'two',
              path: 'a/v2.algo.md',
            },
            {
              version: 1,
              sha256: sha('a'),
              published: '2026-01-01T00:00:00Z',
              message: 'one',
              path: 'a/v1.algo.md',
            },
          ],
        },
      ],
    });
    const items = catalogHistory('https://city.example/site/catalog.json', catalog.notebooks[0]);
    expect(
      items.map(({ version, href, url, message }) => ({ version, href, url, message })),
    ).toEqual([
      {
        version: 1,
        href: '#/a%20b@1',
        url: 'https://city.example/site/a/v1.algo.md',
        message: 'one',
      },
      {
        version: 2,
        href: '#/a%20b@2',
        url: 'https://city.example/site/a/v2.algo.md',
        message: 'two',
      },
    ]);
  });
});
