import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/data/sha256.ts';
import { writeWorkbook } from '../support/workbook.ts';
import { algobook, CLI_TIMEOUT, removeTempDirs, tempDir } from './cli.ts';

afterAll(removeTempDirs);

describe('algobook run: spreadsheets', { timeout: CLI_TIMEOUT }, () => {
  it('reads the pinned sheet of an .xlsx beside the notebook, below its title rows', async () => {
    const dir = tempDir();
    const bytes = writeWorkbook({
      Lisez: [['Ce classeur est un exemple.']],
      Communes: [
        ['Communes de l’Essonne et de la Loire'],
        [],
        ['code_insee', 'nom', 'population', 'mise à jour'],
        ['91228', 'Évry-Courcouronnes', 66700, { t: 'n', v: 45293, z: 'dd/mm/yyyy' }],
        ['42218', 'Saint-Étienne', 172565, { t: 'n', v: 45294, z: 'dd/mm/yyyy' }],
      ],
    });
    writeFileSync(join(dir, 'communes.xlsx'), bytes);
    const path = join(dir, 'n.algo.md');
    writeFileSync(
      path,
      [
        '---',
        'algobook: 1',
        'id: t',
        'title: T',
        'datasets:',
        '  communes:',
        '    url: communes.xlsx',
        '    format: xlsx',
        `    sha256: ${await sha256Hex(bytes)}`,
        '    sheet: Communes',
        '---',
        '',
        '```js',
        "const communes = await dataset('communes');",
        '```',
        '',
        '```js',
        "({ total: communes.rollup({ t: op.sum('population') }).get('t', 0), noms: communes.array('nom'), maj: communes.get('mise à jour', 1).toISOString() })",
        '```',
        '',
      ].join('\n'),
    );
    const { code, stdout, stderr } = await algobook('run', path, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).cells[1].outputs).toEqual([
      {
        kind: 'value',
        value: {
          total: 239265,
          noms: ['Évry-Courcouronnes', 'Saint-Étienne'],
          maj: '2024-01-03T00:00:00.000Z',
        },
      },
    ]);
  });
});
