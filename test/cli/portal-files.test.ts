/**
 * The command line reads French portal files as the app does (issue 13): INSEE's communes
 * exported in Windows-1252 with `;` and decimal commas, in UTF-8 with a BOM, and as an Excel
 * sheet, pinned by a notebook; the sums and the accented names are those of the package the
 * files were made from.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expected, PORTAL_FILE, portalFile } from '../support/portal-files.ts';
import { algobook, CLI_TIMEOUT, removeTempDirs, tempDir } from './cli.ts';

afterAll(removeTempDirs);

/**
 * What the cell reports of the table: its size, the population's total, the names with a letter
 * beyond ASCII, one commune's name looked up by code, and each column's kinds of value.
 */
const READING = `const d = await dataset('communes');
const kind = (v) => (v === null ? 'null' : v instanceof Date ? 'date' : typeof v);
display({
  rows: d.numRows(),
  population: d.rollup({ total: op.sum('population') }).get('total', 0),
  accented: d.array('nom').filter((nom) => /[^ -~]/.test(nom)),
  evry: d.objects().find((r) => String(r.code_insee) === '91228').nom,
  kinds: Object.fromEntries(
    d.columnNames().map((c) => [c, [...new Set(d.array(c).map(kind))].sort().join('|')]),
  ),
});`;

/** Runs a notebook pinning fixture `file` (copied beside it) as dataset `communes`. */
async function readWithCli(file: string, entry: string) {
  const dir = tempDir();
  const bytes = portalFile(file);
  writeFileSync(join(dir, file), bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const notebook = join(dir, 'communes.algo.md');
  writeFileSync(
    notebook,
    `---\nalgobook: 1\nid: communes\ntitle: Communes\ndatasets:\n  communes:\n    url: ${file}\n    sha256: ${sha256}\n    bytes: ${bytes.length}\n${entry.replace(/^/gm, '    ')}\n---\n\n\`\`\`js\n${READING}\n\`\`\`\n`,
  );
  const { code, stdout, stderr } = await algobook('run', notebook, '--json');
  expect(stderr).toBe('');
  expect(code).toBe(0);
  const [output] = JSON.parse(stdout).cells[0].outputs;
  expect(output.kind).toBe('value');
  return output.value;
}

const CSV_KINDS = {
  code_insee: 'number',
  nom: 'string',
  population: 'number',
  surface_km2: 'number',
  densite: 'number',
  date_maj: 'date',
};

describe('algobook run on French portal files', { timeout: CLI_TIMEOUT }, () => {
  const want = expected();
  const sums = {
    rows: want.rows,
    population: want.population,
    accented: want.accented,
    evry: want.nameOf('91228'),
  };

  it('reads the Windows-1252 `;` file with decimal commas, detecting how it is written', async () => {
    // "Chambœuf" is among the names: its “œ” is Windows-1252's byte 0x9C, which Latin-1 lacks.
    expect(want.accented).toContain('Chambœuf');
    expect(await readWithCli(PORTAL_FILE.windows1252, 'format: csv')).toEqual({
      ...sums,
      kinds: CSV_KINDS,
    });
  });

  it('reads it the same way with the dialect pinned', async () => {
    const pinned = `format: csv\ncsv:\n  delimiter: ';'\n  decimal: ','\n  encoding: windows-1252\n  dates: dmy\n  header: true`;
    expect(await readWithCli(PORTAL_FILE.windows1252, pinned)).toEqual({
      ...sums,
      kinds: CSV_KINDS,
    });
  });

  it('reads the UTF-8 file with a BOM', async () => {
    expect(await readWithCli(PORTAL_FILE.utf8Bom, 'format: csv')).toEqual({
      ...sums,
      kinds: CSV_KINDS,
    });
  });

  it('reads the Excel file below its title row, codes kept as the text they are', async () => {
    expect(await readWithCli(PORTAL_FILE.xlsx, 'format: xlsx')).toEqual({
      ...sums,
      kinds: { ...CSV_KINDS, code_insee: 'string' },
    });
  });

  it('keeps a decimal-comma column with one “NC” as text, the others read as numbers', async () => {
    expect(await readWithCli(PORTAL_FILE.surfaceNotGiven, 'format: csv')).toEqual({
      ...sums,
      kinds: { ...CSV_KINDS, surface_km2: 'string', densite: 'null|number' },
    });
  });
});
