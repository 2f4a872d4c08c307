import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../src/core/publish/index.ts';
import {
  catalogAddress,
  catalogHistory,
  DEFAULT_CATALOG,
} from '../../../src/app/publish/catalog.ts';

describe('catalogAddress', () => {
  it('is ?catalog= when given, else catalog.json beside the app', () => {
    expect(catalogAddress('?catalog=https%3A%2F%2Fcity.example%2Fcatalog.json')).toBe(
      'https://city.example/catalog.json',
    );
    expect(catalogAddress('')).toBe(DEFAULT_CATALOG);
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
