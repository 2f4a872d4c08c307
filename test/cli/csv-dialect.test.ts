import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { algobook, CLI_TIMEOUT, removeTempDirs, tempDir } from './cli.ts';

afterAll(removeTempDirs);

// INSEE's commune list as a data.gouv.fr producer exports it: `;`, decimal commas, CRLF,
// dd/mm/yyyy dates, accented names, in Windows-1252.
const COMMUNES =
  'code_insee;nom;population;surface_km2;mise_à_jour\r\n' +
  '75101;Paris 1er;15917;1,83;01/01/2024\r\n' +
  '13055;Marseille;873076;240,62;01/01/2024\r\n' +
  '91228;Évry-Courcouronnes;66767;17,25;15/03/2024\r\n' +
  '42218;Saint-Étienne;172565;79,97;15/03/2024\r\n';
const windows1252 = (text: string) => Buffer.from(text, 'latin1');

/** A notebook reading `communes.csv` (with `bytes`) in a fresh folder; returns its path. */
function notebook(bytes: Buffer, csv = ''): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data/communes.csv'), bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // The first cell reads the table, the second shows what was read.
  const cells = [
    "const t = await dataset('communes');",
    '({ total: Math.round(t.array("surface_km2").reduce((a, b) => a + b, 0) * 100), types: t.columnNames().map((c) => typeof t.get(c, 0)), names: t.array("nom").join("|"), day: t.get("mise_à_jour", 2).toISOString() })',
  ].map((cell) => `\`\`\`js\n${cell}\n\`\`\`\n`);
  const path = join(dir, 'n.algo.md');
  writeFileSync(
    path,
    `---\nalgobook: 1\nid: t\ntitle: T\ndatasets:\n  communes:\n    url: data/communes.csv\n    format: csv\n    sha256: ${sha256}\n${csv}---\n\n${cells.join('\n')}`,
  );
  return path;
}

const value = (stdout: string) => JSON.parse(stdout).cells[1].outputs[0].value;

describe.concurrent(
  'algobook run: CSV as French portals publish it',
  { timeout: CLI_TIMEOUT },
  () => {
    it('reads a Windows-1252 file with semicolons, decimal commas, CRLF and dd/mm/yyyy dates', async () => {
      const { code, stdout, stderr } = await algobook(
        'run',
        notebook(windows1252(COMMUNES)),
        '--json',
      );
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(value(stdout)).toEqual({
        total: 33967,
        types: ['number', 'string', 'number', 'number', 'object'],
        names: 'Paris 1er|Marseille|Évry-Courcouronnes|Saint-Étienne',
        day: '2024-03-15T00:00:00.000Z',
      });
    });

    it('reads the same file in UTF-8 with a byte-order mark', async () => {
      const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(COMMUNES, 'utf8')]);
      const { code, stdout } = await algobook('run', notebook(bom), '--json');
      expect(code).toBe(0);
      expect(value(stdout)).toMatchObject({
        total: 33967,
        names: 'Paris 1er|Marseille|Évry-Courcouronnes|Saint-Étienne',
      });
    });

    it('reads with the dialect a notebook pins, over the detected one', async () => {
      // With a decimal point pinned, "1,83" is not a number: the column stays text.
      const path = notebook(windows1252(COMMUNES), '    csv: {decimal: "."}\n');
      const { stdout } = await algobook('run', path, '--json');
      expect(value(stdout).types[3]).toBe('string');
    });

    it('refuses a pinned dialect algobook does not read, with its line', async () => {
      const path = notebook(windows1252(COMMUNES), '    csv: {encoding: latin1}\n');
      const { code, stderr } = await algobook('run', path, '--json');
      expect(code).toBe(2);
      expect(stderr).toContain(
        `${path}:10: dataset "communes" has csv encoding "latin1"; expected one of "utf-8", "utf-16le", "utf-16be", "windows-1252"`,
      );
    });
  },
);
