import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePortal, type FakePortal } from '../support/fake-portal.ts';
import { algobook, CLI_TIMEOUT, removeTempDirs, tempDir } from './cli.ts';

let portal: FakePortal;
beforeAll(async () => {
  portal = await startFakePortal();
});
afterAll(async () => {
  removeTempDirs();
  await portal.close();
});

/** A notebook with one dataset `d` and one cell, in a fresh folder; returns its path. */
function notebook(dataset: string, cell: string, dir = tempDir()): string {
  const path = join(dir, 'n.algo.md');
  writeFileSync(
    path,
    `---\nalgobook: 1\nid: t\ntitle: T\ndatasets:\n  d:\n${dataset.replace(/^/gm, '    ')}\n---\n\n\`\`\`js\n${cell}\n\`\`\`\n`,
  );
  return path;
}

const value = (stdout: string) => JSON.parse(stdout).cells[0].outputs;

describe.concurrent(
  'algobook run: datasets from portals and mirrors',
  { timeout: CLI_TIMEOUT },
  () => {
    it('loads an Opendatasoft export reduced by its query, checking the pinned hash', async () => {
      const path =
        '/api/explore/v2.1/catalog/datasets/mesures-no2-stations-airparif/exports/csv?select=typologie%2C+count%28*%29+as+n&group_by=typologie&order_by=typologie&delimiter=%2C&with_bom=false';
      const bytes = new Uint8Array(await (await fetch(`${portal.url}${path}`)).arrayBuffer());
      portal.setFile('/files/ods-pinned.csv', bytes);
      const file = notebook(
        `url: ${portal.url}${path}\nformat: csv\nsha256: ${portal.sha256('/files/ods-pinned.csv')}`,
        `(await dataset('d')).objects()`,
      );
      const { code, stdout } = await algobook('run', file, '--json');
      expect(code).toBe(0);
      expect(value(stdout)).toEqual([
        {
          kind: 'value',
          value: [
            { typologie: 'Trafic', n: 21 },
            { typologie: 'Urbaine', n: 35 },
          ],
        },
      ]);
    });

    it('loads GeoJSON and Parquet resources', async () => {
      const geo = notebook(
        `url: ${portal.url}/files/stations-qualite-air.geojson\nformat: geojson\nsha256: ${portal.sha256('/files/stations-qualite-air.geojson')}`,
        `(await dataset('d')).filter(d => d.typologie === 'Trafic').array('nom')`,
      );
      const parquet = notebook(
        `url: ${portal.url}/files/paris-arrondissements.parquet\nformat: parquet\nsha256: ${portal.sha256('/files/paris-arrondissements.parquet')}`,
        `(await dataset('d')).rollup({ total: op.sum('population') }).get('total', 0)`,
      );
      const [g, p] = await Promise.all([
        algobook('run', geo, '--json'),
        algobook('run', parquet, '--json'),
      ]);
      expect(value(g.stdout)).toEqual([
        {
          kind: 'value',
          value: [
            'Boulevard Haussmann',
            'Boulevard Périphérique Auteuil',
            'Avenue des Champs-Élysées',
          ],
        },
      ]);
      expect(value(p.stdout)).toEqual([{ kind: 'value', value: 2103778 }]);
    });

    it('falls back to a mirror beside the notebook when the source is gone, and says which served', async () => {
      const dir = tempDir();
      mkdirSync(join(dir, 'data'));
      writeFileSync(join(dir, 'data/copy.csv'), portal.file('/files/paris-arrondissements.csv'));
      const file = notebook(
        `url: ${portal.url}/files/removed.csv\nformat: csv\nsha256: ${portal.sha256('/files/paris-arrondissements.csv')}\nmirrors: [data/missing.csv, data/copy.csv]`,
        `(await dataset('d')).numRows()`,
        dir,
      );
      const { code, stdout, stderr } = await algobook('run', file, '--json');
      expect(code).toBe(0);
      expect(value(stdout)).toEqual([{ kind: 'value', value: 20 }]);
      expect(stderr).toContain(
        `Dataset "d" served by ${join(dir, 'data/copy.csv')}; ${portal.url}/files/removed.csv answered 404 Not Found. cannot read ${join(dir, 'data/missing.csv')} (no such file).\n`,
      );
    });

    it('prefers a mirror with the pinned bytes over a source whose file changed', async () => {
      portal.setFile('/files/moving.csv', 'a\n1\n');
      portal.setFile('/files/moving-copy.csv', 'a\n1\n');
      const sha256 = portal.sha256('/files/moving.csv');
      portal.setFile('/files/moving.csv', 'a\n2\n');
      const file = notebook(
        `url: ${portal.url}/files/moving.csv\nformat: csv\nsha256: ${sha256}\nmirrors: ['${portal.url}/files/moving-copy.csv']`,
        `(await dataset('d')).get('a', 0)`,
      );
      const { code, stdout, stderr } = await algobook('run', file, '--json');
      expect(code).toBe(0);
      expect(value(stdout)).toEqual([{ kind: 'value', value: 1 }]);
      expect(stderr).toContain(
        `Dataset "d" served by ${portal.url}/files/moving-copy.csv; ${portal.url}/files/moving.csv serves other bytes (sha256 ${portal.sha256('/files/moving.csv')}).`,
      );
    });

    it('fails clearly when the file changed since it was pinned: both hashes and the URL', async () => {
      portal.setFile('/files/changed.csv', 'code,population\n75101,15114\n');
      const pinned = portal.sha256('/files/changed.csv');
      portal.setFile('/files/changed.csv', 'code,population\n75101,15115\n');
      const file = notebook(
        `url: ${portal.url}/files/changed.csv\nformat: csv\nsha256: ${pinned}`,
        `(await dataset('d')).numRows()`,
      );
      const { code, stdout } = await algobook('run', file);
      expect(code).toBe(1);
      expect(stdout).toContain(
        `DatasetHashMismatch: Dataset "d" does not match its pinned hash: expected sha256 ${pinned}, got ${portal.sha256('/files/changed.csv')}. ${portal.url}/files/changed.csv serves bytes that changed since the dataset was pinned: restore the original file or re-pin the dataset.`,
      );
    });

    it('names every source that failed, and a malformed CSV with its line', async () => {
      const sha = portal.sha256('/files/malformed-fields.csv');
      const gone = notebook(
        `url: ${portal.url}/files/gone.csv\nformat: csv\nsha256: ${sha}\nmirrors: ['${portal.url}/status/500']`,
        `(await dataset('d')).numRows()`,
      );
      const bad = notebook(
        `url: ${portal.url}/files/malformed-fields.csv\nformat: csv\nsha256: ${sha}`,
        `(await dataset('d')).numRows()`,
      );
      const [g, b] = await Promise.all([algobook('run', gone), algobook('run', bad)]);
      expect(g.code).toBe(1);
      expect(g.stdout).toContain(
        `Dataset "d": No source served the dataset: ${portal.url}/files/gone.csv answered 404 Not Found. ${portal.url}/status/500 answered 500 Internal Server Error.`,
      );
      expect(b.code).toBe(1);
      expect(b.stdout).toContain(
        'DatasetParseError: Dataset "d" could not be read as csv: line 5 has 4 fields, more than the 3 of the header (line 1)',
      );
    });
  },
);
