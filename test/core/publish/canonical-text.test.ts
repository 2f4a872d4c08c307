import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import { canonicalText, notebookHash, textHash } from '../../../src/core/publish/canonical-text.ts';
import { freezeVersion } from '../../../src/core/publish/freeze.ts';
import { examples, ROOT, small } from './fixtures.ts';

const NOW = new Date(Date.UTC(2026, 0, 31, 23, 30, 5, 123));

describe('canonical text and its hash', () => {
  it('is the same for the same notebook, parsed twice (cell ids differ)', () => {
    for (const { text } of examples()) {
      const a = parse(text);
      const b = parse(text);
      expect(a.cells[0].id).not.toBe(b.cells[0].id);
      expect(canonicalText(a)).toBe(canonicalText(b));
      expect(notebookHash(a)).toBe(notebookHash(b));
    }
  });

  it('reads back as itself: a version file is its own canonical form', () => {
    for (const { text } of examples()) {
      const once = canonicalText(parse(text));
      expect(canonicalText(parse(once))).toBe(once);
    }
  });

  it('writes a date in the front matter as its UTC ISO string', () => {
    const nb = small();
    nb.front.updated = new Date(Date.UTC(2026, 5, 1, 22, 0));
    expect(canonicalText(nb)).toContain('updated: 2026-06-01T22:00:00.000Z\n');
  });

  it('does not count CRLF line breaks or a BOM added on the way', () => {
    const text = canonicalText(small());
    expect(textHash(`\uFEFF${text.replace(/\n/g, '\r\n')}`)).toBe(textHash(text));
    expect(textHash(text.replace('Some prose.', 'Some prose!'))).not.toBe(textHash(text));
  });

  it('is the same in another time zone, in another process', () => {
    const here = freezeVersion(small(), { message: 'm', results: [], now: NOW });
    // A fresh Node in Auckland (UTC+13 on that date: already 1 February there).
    const script = `
      import { freezeVersion } from ${JSON.stringify(join(ROOT, 'src/core/publish/freeze.ts'))};
      import { small } from ${JSON.stringify(join(ROOT, 'test/core/publish/fixtures.ts'))};
      const v = freezeVersion(small(), { message: 'm', results: [], now: new Date(${NOW.getTime()}) });
      console.log(JSON.stringify({ sha: v.sha256, tz: new Date(${NOW.getTime()}).getDate() }));
    `;
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: ROOT,
        env: { ...process.env, TZ: 'Pacific/Auckland' },
        encoding: 'utf8',
      },
    );
    const there = JSON.parse(out) as { sha: string; tz: number };
    expect(there.tz).toBe(1); // the process really was in Auckland
    expect(there.sha).toBe(here.sha256);
    expect(here.text).toContain('published: 2026-01-31T23:30:05Z\n');
  });
});
