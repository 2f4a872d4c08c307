import { describe, expect, it } from 'vitest';
import { catalogUrls, newerVersion } from '../../../src/core/imports/newer.ts';
import type { Catalog, CatalogVersion } from '../../../src/core/publish/types.ts';

const hash = (n: number) => String(n).repeat(64).slice(0, 64);
const version = (n: number, path = `indice-atmo/v${n}.algo.md`): CatalogVersion => ({
  version: n,
  sha256: hash(n),
  published: '2026-01-01',
  message: '',
  path,
});
const catalog = (...versions: CatalogVersion[]): Catalog => ({
  algobook: 1,
  notebooks: [
    {
      id: 'other',
      title: 'Other',
      latest: 9,
      versions: [{ ...version(9), sha256: 'f'.repeat(64), path: 'other/v9.algo.md' }],
    },
    { id: 'indice-atmo', title: 'ATMO', latest: versions.length, versions },
  ],
});
const SITE = 'https://example.org/algobook/catalog.json';
const pinned = { url: 'https://example.org/algobook/indice-atmo/v3.algo.md', sha256: hash(3) };

describe('catalogUrls(url)', () => {
  it('looks beside the import, then in each folder above, nearest first', () => {
    expect(catalogUrls(pinned.url)).toEqual([
      'https://example.org/algobook/indice-atmo/catalog.json',
      'https://example.org/algobook/catalog.json',
      'https://example.org/catalog.json',
    ]);
  });
  it('has none for a file or an address that is not http(s)', () => {
    expect(catalogUrls('atmo.algo.md')).toEqual([]);
    expect(catalogUrls('file:///tmp/atmo.algo.md')).toEqual([]);
  });
});

describe('newerVersion(pinned, catalogUrl, catalog)', () => {
  it('finds the latest version of the same notebook, by URL or hash', () => {
    const newer = newerVersion(pinned, SITE, catalog(version(3), version(4), version(2)));
    expect(newer).toEqual({
      id: 'indice-atmo',
      title: 'ATMO',
      current: { version: 3, url: pinned.url, sha256: hash(3) },
      latest: {
        version: 4,
        url: 'https://example.org/algobook/indice-atmo/v4.algo.md',
        sha256: hash(4),
      },
    });
    // A mirror's URL: the hash still says which version it is.
    expect(
      newerVersion(
        { ...pinned, url: 'https://mirror.test/v3.algo.md' },
        SITE,
        catalog(version(3), version(4)),
      )?.latest.version,
    ).toBe(4);
  });

  it('knows the version by its hash before its URL (a pin just moved, read at the old URL)', () => {
    const moved = { url: pinned.url, sha256: hash(4) };
    expect(newerVersion(moved, SITE, catalog(version(3), version(4)))).toBeNull();
  });

  it('is null at the latest version, or when the catalog does not list the pinned one', () => {
    expect(newerVersion(pinned, SITE, catalog(version(2), version(3)))).toBeNull();
    expect(
      newerVersion(
        { url: 'https://x.test/a.algo.md', sha256: 'e'.repeat(64) },
        SITE,
        catalog(version(3), version(4)),
      ),
    ).toBeNull();
  });

  it("offers no file off the catalog's site, nor a malformed hash", () => {
    const away = version(4, 'https://elsewhere.test/v4.algo.md');
    expect(newerVersion(pinned, SITE, catalog(version(3), away))).toBeNull();
    const script = version(4, 'javascript:alert(1)');
    expect(newerVersion(pinned, SITE, catalog(version(3), script))).toBeNull();
    const bad = { ...version(4), sha256: 'not-a-hash' };
    expect(newerVersion(pinned, SITE, catalog(version(3), bad))).toBeNull();
  });
});
