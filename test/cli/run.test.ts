import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { algobook, CLI_TIMEOUT, EXAMPLES, removeTempDirs, tempDir } from './cli.ts';

afterAll(removeTempDirs);

/** Writes a notebook into a fresh temporary folder and returns its path. */
function notebook(text: string, name = 'test.algo.md'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

const FRONT = '---\nalgobook: 1\nid: test\ntitle: Test\n---\n';

describe.concurrent('algobook run', { timeout: CLI_TIMEOUT }, () => {
  it('exits 1 when a cell fails, naming the cell and the line in the file; other cells still run', async () => {
    const file = notebook(
      `${FRONT}\n# Title\n\n\`\`\`js\nconst a = 1;\n\`\`\`\n\n\`\`\`js\nconst b = 2;\nconst c = missing + b;\n\`\`\`\n\n\`\`\`js\na + 1\n\`\`\`\n`,
    );
    const { code, stdout, stderr } = await algobook('run', file);
    expect(code).toBe(1);
    // Cell 3 (counting the prose) holds lines 14–15; `missing` is read on its second line.
    expect(stdout).toContain('Error in cell 3 (line 15): ReferenceError: missing is not defined\n');
    expect(stdout).toContain('cell 4, line 18\n  2\n');
    expect(stderr).toBe(`algobook run: 1 of 3 code cells failed in ${file}.\n`);
  });

  it('with --json, reports the failed cell as status "error" and lists it on stderr', async () => {
    const file = notebook(`${FRONT}\n\`\`\`js\nthrow new RangeError('too far')\n\`\`\`\n`);
    const { code, stdout, stderr } = await algobook('run', file, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      cells: [
        {
          index: 0,
          cell: 1,
          kind: 'code',
          line: 7,
          status: 'error',
          source: "throw new RangeError('too far')",
          outputs: [{ kind: 'error', name: 'RangeError', message: 'too far', line: 1, column: 7 }],
        },
      ],
    });
    expect(stderr).toBe(
      `algobook run: 1 of 1 code cells failed in ${file}.\nError in cell 1 (line 8): RangeError: too far\n`,
    );
  });

  it('--json gives cells in page order with markdown sources, and tables as JSON-safe rows', async () => {
    const file = notebook(
      `${FRONT}\nSome *prose*.\n\n\`\`\`js\naq.table({ n: Array.from({ length: 150 }, (_, i) => i), d: Array.from({ length: 150 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i))) })\n\`\`\`\n\n\`\`\`js\nconst x = view(Inputs.range([0, 10], { label: 'x', value: 3, step: 1 }));\nmd\`x is \${x}\`\n\`\`\`\n\nEnd.\n`,
    );
    const { code, stdout } = await algobook('run', file, '--json');
    expect(code).toBe(0);
    const { cells } = JSON.parse(stdout);
    expect(
      cells.map((c: { index: number; cell: number; kind: string }) => [c.index, c.cell, c.kind]),
    ).toEqual([
      [0, 1, 'markdown'],
      [1, 2, 'code'],
      [2, 3, 'code'],
      [3, 4, 'markdown'],
    ]);
    expect(cells[0]).toEqual({
      index: 0,
      cell: 1,
      kind: 'markdown',
      source: 'Some *prose*.',
      outputs: [],
    });
    const [table] = cells[1].outputs;
    expect(Object.keys(table).sort()).toEqual(['columns', 'kind', 'numRows', 'rows']);
    expect(table.numRows).toBe(150);
    expect(table.columns).toEqual([
      { name: 'n', type: 'int32' },
      { name: 'd', type: 'date' },
    ]);
    expect(table.rows.length).toBe(100);
    expect(table.rows[99]).toEqual({ n: 99, d: '2024-04-09T00:00:00.000Z' });
    expect(cells[2].outputs[0]).toEqual({
      kind: 'input',
      id: '2:0',
      input: { type: 'range', label: 'x', min: 0, max: 10, step: 1, value: 3 },
      value: 3,
    });
  });

  it('exits 2 when the file cannot be read', async () => {
    const missing = join(tempDir(), 'nowhere.algo.md');
    const { code, stdout, stderr } = await algobook('run', missing);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe(`algobook run: cannot read ${missing}: no such file.\n`);
  });

  it.each([
    ['no front matter', '# Just Markdown\n', 1],
    ['invalid YAML', '---\nalgobook: 1\nid: x\ntitle: [unclosed\n---\n', 4],
    ['no title', '---\nalgobook: 1\nid: x\n---\n', 1],
    ['an unclosed code fence', `${FRONT}\ntext\n\n\`\`\`js\nconst a = 1;\n`, 9],
  ])('exits 2 on a notebook with %s, naming the line', async (_, text, line) => {
    const file = notebook(text);
    const { code, stdout, stderr } = await algobook('run', file);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}: .+\n$`),
    );
  });

  it('exits 1 when a dataset does not match its pinned hash, naming the dataset and both hashes', async () => {
    const dir = tempDir();
    cpSync(EXAMPLES, dir, { recursive: true });
    const csv = join(dir, 'data/paris-arrondissements.csv');
    const original = readFileSync(csv);
    const changed = Buffer.from(original.toString('utf8').replace('15114', '15115'));
    writeFileSync(csv, changed);
    const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

    const { code, stdout } = await algobook('run', join(dir, 'paris-arrondissements.algo.md'));
    expect(code).toBe(1);
    expect(stdout).toContain(
      `DatasetHashMismatch: Dataset "population" does not match its pinned hash: expected sha256 ${sha(original)}, got ${sha(changed)}.`,
    );
  });

  it('fetches datasets pinned by http(s) URL, and names the URL that fails', async () => {
    const csv = 'city,population\nParis,2103778\nLyon,520774\n';
    const server = createServer((req, res) => {
      if (req.url === '/cities.csv') res.end(csv);
      else res.writeHead(404, 'Not Found').end();
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const sha256 = createHash('sha256').update(csv).digest('hex');
    const pinned = (url: string) =>
      `---\nalgobook: 1\nid: t\ntitle: T\ndatasets:\n  cities:\n    url: ${url}\n    format: csv\n    sha256: ${sha256}\n---\n\n\`\`\`js\n(await dataset('cities')).rollup({ total: op.sum('population') }).get('total', 0)\n\`\`\`\n`;
    try {
      const ok = await algobook('run', notebook(pinned(`${base}/cities.csv`)), '--json');
      expect(ok.code).toBe(0);
      expect(JSON.parse(ok.stdout).cells[0].outputs).toEqual([{ kind: 'value', value: 2624552 }]);
      const missing = await algobook('run', notebook(pinned(`${base}/gone.csv`)));
      expect(missing.code).toBe(1);
      expect(missing.stdout).toContain(
        `Dataset "cities": ${base}/gone.csv answered 404 Not Found.`,
      );
    } finally {
      server.close();
    }
  });

  it('--help documents the commands, and run --help the options and exit statuses', async () => {
    const main = await algobook('--help');
    expect(main.code).toBe(0);
    expect(main.stdout).toMatch(/Usage: algobook <command>/);
    expect(main.stdout).toMatch(/\n {2}run +Run a notebook/);
    const run = await algobook('run', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: algobook run FILE \[--json\]/);
    expect(run.stdout).toMatch(/--json/);
    expect(run.stdout).toMatch(/Exit status:\n {2}0 .*\n {2}1 .*\n {2}2 /);
    expect(run.stdout).toMatch(/separate Node process under Node's permission model/);
  });

  it('exits 2 on an unknown command or option, or without a FILE', async () => {
    expect((await algobook('frobnicate')).code).toBe(2);
    const option = await algobook('run', join(EXAMPLES, 'indice-atmo.algo.md'), '--jsn');
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/^algobook run: Unknown option '--jsn'/);
    expect((await algobook('run')).code).toBe(2);
  });
});
