import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/core/format/index.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.algo.md')).sort();
// SPDX identifiers, or SPDX's `LicenseRef-` for a licence it does not list.
const SPDX = /^([A-Za-z0-9.+-]+|LicenseRef-[A-Za-z0-9.-]+)$/;

describe('example notebooks', () => {
  it('are the five documented in the README, each with its French version', () => {
    expect(files).toEqual([
      'atmo-sub-index.algo.md',
      'atmo-sub-index.fr.algo.md',
      'atmo-who-guideline.algo.md',
      'atmo-who-guideline.fr.algo.md',
      'indice-atmo.algo.md',
      'indice-atmo.fr.algo.md',
      'paris-arrondissements.algo.md',
      'paris-arrondissements.fr.algo.md',
      'seattle-weather.algo.md',
      'seattle-weather.fr.algo.md',
    ]);
  });

  describe.each(files)('%s', (file) => {
    const text = readFileSync(join(EXAMPLES, file), 'utf8');
    const { front, cells } = parse(text);

    it('has the front matter of a published notebook, its id being its file name', () => {
      expect(front).toMatchObject({ algobook: 1, id: file.replace(/\.algo\.md$/, ''), license: 'EUPL-1.2' });
      expect(front.title).toEqual(expect.any(String));
      expect(front.summary).toEqual(expect.any(String));
      expect(front.authors).toBeTruthy();
    });

    it('pins every dataset to a file in examples/data/ whose sha256 and size match', () => {
      const datasets = Object.entries(front.datasets ?? {});
      // Data of its own, or of the notebooks it imports.
      expect(datasets.length + Object.keys(front.imports ?? {}).length).toBeGreaterThan(0);
      for (const [name, spec] of datasets) {
        const path = join(EXAMPLES, spec.url);
        expect(spec.url, name).toMatch(/^data\/[\w.-]+$/);
        expect(existsSync(path), `${name}: ${spec.url} exists`).toBe(true);
        const bytes = readFileSync(path);
        expect({ name, sha256: spec.sha256, bytes: spec.bytes }).toEqual({
          name,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          bytes: bytes.length,
        });
        // Small enough to ship with the app and load in well under a second.
        expect(bytes.length, name).toBeLessThan(64 * 1024);
      }
    });

    it('pins every import to an example beside it, in its own language, by its bytes', () => {
      for (const [name, spec] of Object.entries(front.imports ?? {})) {
        expect(spec.url, name).toMatch(/^[\w.-]+\.algo\.md$/);
        const bytes = readFileSync(join(EXAMPLES, spec.url));
        expect(spec.sha256, name).toBe(createHash('sha256').update(bytes).digest('hex'));
        expect(parse(bytes.toString('utf8')).front.lang, name).toBe(front.lang);
      }
    });

    it('says where each dataset comes from and under which licence', () => {
      for (const [name, spec] of Object.entries(front.datasets ?? {})) {
        expect(spec.license, name).toMatch(SPDX);
        expect(spec.format, name).toBe(spec.url.split('.').pop());
        expect(spec.source, name).toEqual(expect.any(String));
        expect(spec.title, name).toEqual(expect.any(String));
        expect(String(spec.retrieved), name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });

    it('mixes prose, code and at least one input', () => {
      expect(cells.some((c) => c.kind === 'markdown')).toBe(true);
      const code = cells.filter((c) => c.kind === 'code').map((c) => c.source);
      expect(code.some((source) => /\bview\(Inputs\./.test(source))).toBe(true);
      expect(code.some((source) => /\bchart\(/.test(source))).toBe(true);
    });
  });

  it('are what scripts/make-example-data.mjs generates: data files and pins up to date', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'scripts/make-example-data.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(out).toMatch(/up to date/);
  });
});
