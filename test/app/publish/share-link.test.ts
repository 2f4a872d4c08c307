import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/index.ts';
import { decodeShare } from '../../../src/core/publish/index.ts';
import { shareLink } from '../../../src/app/publish/share-link.ts';
import { parseLocation } from '../../../src/core/route/parse-location.ts';

const text = (url: string) => `---
algobook: 1
id: n
title: N
datasets:
  d:
    url: ${url}
    format: csv
    sha256: ${'a'.repeat(64)}
---

\`\`\`js
1
\`\`\`
`;

/** The notebook text and base a link opens, read back as the app reads it. */
async function open(link: string) {
  const url = new URL(link);
  const parsed = parseLocation(url.search, url.hash);
  const route = parsed.ok ? parsed.route : null;
  if (route?.name !== 'share') throw new Error(`not a share route: ${link}`);
  return { text: await decodeShare(route.payload), base: route.base };
}

describe('shareLink', () => {
  it('carries the exact text, and the base its relative datasets resolve against', async () => {
    const source = text('data/d.csv');
    const link = await shareLink(
      source,
      parse(source),
      'https://city.example/notebooks/n.algo.md',
      'https://app.example/algobook/?x=1#/draft/y',
    );
    expect(link.startsWith('https://app.example/algobook/#/share/')).toBe(true);
    expect(await open(link)).toEqual({
      text: source,
      base: 'https://city.example/notebooks/n.algo.md',
    });
  });

  it('adds no base when every dataset has an absolute address', async () => {
    const source = text('https://data.example/d.csv');
    const link = await shareLink(
      source,
      parse(source),
      'https://city.example/n.algo.md',
      'https://app.example/',
    );
    expect(await open(link)).toEqual({ text: source, base: undefined });
  });
});
