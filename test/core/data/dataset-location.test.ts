import { describe, expect, it } from 'vitest';
import {
  fetchableSources,
  isRelativeUrl,
  localFileUrl,
} from '../../../src/core/data/dataset-location.ts';

const urls = (spec: { url: string; mirrors?: string[] }, base?: string) =>
  fetchableSources(spec, base).map((s) => s.url);

describe('dataset locations', () => {
  it('fetchableSources resolves relative URLs against the notebook’s own location', () => {
    expect(urls({ url: 'data/a.csv' }, 'https://city.example/site/n/v1.algo.md')).toEqual([
      'https://city.example/site/n/data/a.csv',
    ]);
  });

  it('fetchableSources leaves out relative URLs of a notebook without a location, keeping absolute mirrors', () => {
    expect(urls({ url: 'data/a.csv' }, '')).toEqual([]);
    expect(urls({ url: 'data/a.csv' }, undefined)).toEqual([]);
    expect(urls({ url: 'data/a.csv', mirrors: ['https://m.example/a.csv'] }, '')).toEqual([
      'https://m.example/a.csv',
    ]);
  });

  it('isRelativeUrl tells files beside the notebook from addresses', () => {
    expect(isRelativeUrl('data/a.csv')).toBe(true);
    expect(isRelativeUrl('https://x.example/a.csv')).toBe(false);
  });

  it('localFileUrl pins a file at data/<name>, with characters a URL would read otherwise replaced', () => {
    expect(localFileUrl('sales.csv')).toBe('data/sales.csv');
    expect(localFileUrl('ventes 2024 #1?.csv')).toBe('data/ventes-2024-1-.csv');
    expect(localFileUrl('../../etc/passwd')).toBe('data/etc-passwd');
    expect(localFileUrl('données.csv')).toBe('data/données.csv');
  });
});
