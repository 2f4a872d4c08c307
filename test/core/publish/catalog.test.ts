import { describe, expect, it } from 'vitest';
import {
  addToCatalog,
  emptyCatalog,
  isSitePath,
  readCatalog,
} from '../../../src/core/publish/catalog.ts';
import { PublishError } from '../../../src/core/publish/errors.ts';
import { SHA_A, SHA_B } from './fixtures.ts';

const version = (n: number, sha = SHA_A) => ({
  version: n,
  sha256: sha,
  published: '2026-11-26T01:00:00Z',
  message: `v${n}`,
  path: `atmo/v${n}.algo.md`,
});

function failure(json: unknown): string {
  try {
    readCatalog(json);
  } catch (error) {
    if (error instanceof PublishError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'valid';
}

describe('readCatalog', () => {
  it('reads a catalog, from its text or its value', () => {
    const catalog = addToCatalog(emptyCatalog(), { id: 'atmo', title: 'ATMO' }, version(1));
    expect(readCatalog(JSON.stringify(catalog))).toEqual(catalog);
    expect(readCatalog(catalog)).toBe(catalog);
  });

  it.each([
    ['{', /^catalog-not-json: This catalog is not valid JSON/],
    [[], /the file must be a JSON object/],
    [{ algobook: 2, notebooks: [] }, /"algobook" must be 1/],
    [{ algobook: 1 }, /"notebooks" must be a list/],
    [
      { algobook: 1, notebooks: [{ title: 't', latest: 1, versions: [version(1)] }] },
      /notebooks\[0\]\.id must be a non-empty text/,
    ],
    [
      { algobook: 1, notebooks: [{ id: 'a', title: 't', latest: 1, versions: [] }] },
      /notebooks\[0\]\.versions must be a non-empty list/,
    ],
    [
      { algobook: 1, notebooks: [{ id: 'a', title: 't', latest: 2, versions: [version(1)] }] },
      /notebooks\[0\]\.latest must be the number of one of its versions/,
    ],
    [
      {
        algobook: 1,
        notebooks: [{ id: 'a', title: 't', latest: 1, versions: [{ ...version(1), sha256: 'x' }] }],
      },
      /versions\[0\]\.sha256 must be 64/,
    ],
    [
      {
        algobook: 1,
        notebooks: [
          {
            id: 'a',
            title: 't',
            latest: 1,
            versions: [{ ...version(1), path: '../../etc/passwd' }],
          },
        ],
      },
      /path must be a path inside the site/,
    ],
    [
      {
        algobook: 1,
        notebooks: [
          {
            id: 'a',
            title: 't',
            latest: 1,
            versions: [{ ...version(1), path: 'https://evil.example/x' }],
          },
        ],
      },
      /path must be a path inside the site/,
    ],
    [
      {
        algobook: 1,
        notebooks: [
          { id: 'a', title: 't', latest: 1, versions: [version(1)] },
          { id: 'a', title: 't', latest: 1, versions: [version(1)] },
        ],
      },
      /"a" is listed twice/,
    ],
    [
      {
        algobook: 1,
        notebooks: [
          { id: 'a', title: 't', latest: 1, versions: [version(1)], forkOf: { id: 'b' } },
        ],
      },
      /forkOf must be/,
    ],
    [
      {
        algobook: 1,
        notebooks: [{ id: 'a', title: 't', latest: 1, versions: [version(1)], lang: ['fr'] }],
      },
      /notebooks\[0\]\.lang must be text/,
    ],
    [
      {
        algobook: 1,
        notebooks: [
          { id: 'a', title: 't', latest: 1, versions: [version(1)], translationOf: { id: 'b' } },
        ],
      },
      /notebooks\[0\]\.translationOf must be text/,
    ],
  ])('refuses %j with a clear message', (json, message) => {
    expect(failure(json)).toMatch(message);
  });
});

describe('addToCatalog', () => {
  it('adds versions, keeping them in order, and updates latest and the title', () => {
    let catalog = addToCatalog(emptyCatalog(), { id: 'atmo', title: 'ATMO' }, version(1));
    catalog = addToCatalog(
      catalog,
      { id: 'atmo', title: 'ATMO index', license: 'MIT' },
      version(2, SHA_B),
    );
    expect(catalog.notebooks).toEqual([
      {
        id: 'atmo',
        title: 'ATMO index',
        license: 'MIT',
        latest: 2,
        versions: [version(1), version(2, SHA_B)],
      },
    ]);
    expect(() => addToCatalog(catalog, { id: 'atmo', title: 'ATMO' }, version(2))).toThrow(
      /already lists version 2/,
    );
  });

  it('keeps the language of a text and the id it translates', () => {
    const catalog = addToCatalog(
      emptyCatalog(),
      { id: 'atmo.fr', title: 'Indice ATMO', lang: 'fr', translationOf: 'atmo' },
      version(1),
    );
    expect(catalog.notebooks[0]).toMatchObject({ lang: 'fr', translationOf: 'atmo' });
    expect(readCatalog(JSON.stringify(catalog))).toEqual(catalog);
  });

  it("lists a fork under its origin's forks, once, with its latest version", () => {
    let catalog = addToCatalog(emptyCatalog(), { id: 'atmo', title: 'ATMO' }, version(1));
    const forkOf = { id: 'atmo', version: 1, sha256: SHA_A };
    catalog = addToCatalog(
      catalog,
      { id: 'atmo-lyon', title: 'Lyon', forkOf },
      { ...version(1), path: 'atmo-lyon/v1.algo.md' },
    );
    catalog = addToCatalog(
      catalog,
      { id: 'atmo-lyon', title: 'Lyon', forkOf },
      { ...version(2), path: 'atmo-lyon/v2.algo.md' },
    );
    expect(catalog.notebooks[0].forks).toEqual([{ id: 'atmo-lyon', version: 2 }]);
    expect(catalog.notebooks[1].forkOf).toEqual(forkOf);
    expect(readCatalog(JSON.parse(JSON.stringify(catalog)))).toEqual(catalog);
  });
});

describe('isSitePath', () => {
  it('takes the paths algobook publish writes', () => {
    for (const path of [
      'city-total/v1.algo.md',
      'a/data/0123abcd/file.csv',
      'pollution-é/v12.algo.md',
    ])
      expect(isSitePath(path), path).toBe(true);
  });

  it('refuses what new URL() would resolve outside the site', () => {
    for (const path of [
      '\\\\evil.example/v1.algo.md',
      '\\evil.example/v1.algo.md',
      '..\\..\\x',
      '%2e%2e/%2e%2e/x',
      '//evil.example/x',
      '/etc/passwd',
      'https://evil.example/x',
      'javascript:alert(1)',
      'a/../../x',
      './x',
      '.hidden/x',
      'a//b',
      'a/\tb',
      'a/b\n',
      '',
      'a?x=1',
      'a#b',
    ])
      expect(isSitePath(path), JSON.stringify(path)).toBe(false);
  });

  it('makes readCatalog refuse a catalog whose path would leave the site', () => {
    const catalog = {
      algobook: 1,
      notebooks: [
        {
          id: 'a',
          title: 't',
          latest: 1,
          versions: [{ ...version(1), path: '\\\\evil.example/v1.algo.md' }],
        },
      ],
    };
    expect(() => readCatalog(catalog)).toThrow(/path must be a path inside the site/);
  });
});
