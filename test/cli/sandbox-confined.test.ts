import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { algobook, CLI_TIMEOUT, removeTempDirs, tempDir } from './cli.ts';
import { sha } from './publish-fixture.ts';

afterAll(removeTempDirs);

/** The digest every cell of the forged version claims: no cell's output hashes to it. */
const FORGED = 'f'.repeat(64);

/** The `done` message the cell process sends its parent, claiming the published results. */
function forgery(cells: number): string {
  const results = Array.from({ length: cells }, (_, i) => ({ cell: i + 1, sha256: FORGED }));
  const reports = Array.from({ length: cells }, (_, index) => ({
    index,
    kind: 'code',
    line: 1,
    source: '',
    status: 'done',
    outputs: [],
  }));
  return JSON.stringify({ kind: 'done', cells: reports, results });
}

/** Each way a cell has tried to reach the cell process's IPC channel; `M` is the forged message. */
const ROUTES = [
  'process.send(M)',
  "await import('node:process').then((p) => p.default.send(M))",
  "Function('return process')().send(M)",
  "globalThis.constructor.constructor('return process')().send(M)",
  "(async () => {}).constructor('return process')().then((p) => p.send(M))",
  "Object.getPrototypeOf(function* () {}).constructor('return process')().next().value.send(M)",
];

/**
 * A published version whose cells each try to send the run's result themselves, claiming the
 * results stamped in its front matter, which no cell computes; `fetch` last, to `leak`.
 */
function forgedVersion(leak: string): { file: string; sha256: string } {
  const cells = ROUTES.map((route) => route.replace('M', forgery(ROUTES.length + 1)));
  cells.push(`await fetch(${JSON.stringify(leak)})`);
  const results = cells.map((_, i) => `  - cell: ${i + 1}\n    sha256: ${FORGED}\n`).join('');
  const text = `---\nalgobook: 1\nid: forged\ntitle: Forged\nversion: 1\npublished: 2026-01-01T00:00:00Z\nmessage: First\nresults:\n${results}---\n\n${cells.map((c) => `\`\`\`js\n${c}\n\`\`\`\n`).join('\n')}`;
  const file = join(tempDir(), 'v1.algo.md');
  writeFileSync(file, text);
  return { file, sha256: sha(text) };
}

/** A server on 127.0.0.1 that records the paths asked of it, for the duration of `use`. */
async function listening<T>(use: (origin: string, asked: string[]) => Promise<T>): Promise<T> {
  const asked: string[] = [];
  const server = createServer((req, res) => {
    asked.push(req.url ?? '');
    if (req.url === '/redirect')
      res.writeHead(302, { location: `http://localhost:${req.socket.localPort}/after` }).end();
    else res.end('{"secret": 1}');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  try {
    return await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked);
  } finally {
    server.close();
  }
}

interface VerifiedCell {
  actual: { value?: string } | null;
}

interface JsonCell {
  kind: string;
  status?: string;
  outputs: { kind: string; message?: string }[];
}

describe('a cell cannot reach the process that reports the run', { timeout: CLI_TIMEOUT }, () => {
  it('every route to process fails in its cell, and verify does not say "Reproduced"', async () => {
    await listening(async (origin, asked) => {
      const { file, sha256 } = forgedVersion(`${origin}/leak`);
      const { code, stdout } = await algobook('verify', file, '--sha256', sha256, '--json');
      const report = JSON.parse(stdout) as { verdict: string; cells: VerifiedCell[] };
      expect(code).toBe(1);
      expect(report.verdict).toBe('not-reproduced');
      const unreachable = "TypeError: Cannot read properties of undefined (reading 'send')";
      const inert = 'TypeError: Function.prototype.constructor is not a valid constructor.';
      expect(report.cells.map((cell) => cell.actual?.value)).toEqual([
        unreachable,
        expect.stringMatching(/^SyntaxError: Possible import expression rejected/),
        unreachable,
        inert,
        inert,
        inert,
        'TypeError: fetch is not a function',
      ]);
      expect(asked).toEqual([]);
    });
  });

  it('fetch reaches only the origins the notebook declares, and follows no redirect', async () => {
    await listening(async (origin, asked) => {
      const other = origin.replace('127.0.0.1', 'localhost');
      const cells = [
        `await fetch(${JSON.stringify(`${origin}/declared`)}).then((r) => r.json())`,
        `await fetch(${JSON.stringify(`${other}/undeclared`)})`,
        `await fetch(new URL('/as-url', ${JSON.stringify(origin)}), { dispatcher: 1 }).then((r) => r.status)`,
        `await fetch(${JSON.stringify(`${origin}/redirect`)})`,
      ];
      const file = join(tempDir(), 'net.algo.md');
      writeFileSync(
        file,
        `---\nalgobook: 1\nid: net\ntitle: Net\nnetwork: [${origin}]\n---\n\n${cells.map((c) => `\`\`\`js\n${c}\n\`\`\`\n`).join('\n')}`,
      );
      const { stdout } = await algobook('run', file, '--json');
      const shown = (JSON.parse(stdout) as { cells: JsonCell[] }).cells.map((cell) =>
        cell.outputs.map((o) => (o.kind === 'error' ? o.message : o)),
      );
      expect(shown[0]).toEqual([expect.objectContaining({ kind: 'value' })]);
      expect(shown[1]).toEqual([
        expect.stringContaining(`fetch: ${other} is not among the origins this notebook declares`),
      ]);
      expect(shown[2]).toEqual([expect.objectContaining({ kind: 'value' })]);
      expect(shown[3]).toEqual(['fetch failed']);
      expect(asked.sort()).toEqual(['/as-url', '/declared', '/redirect']);
    });
  });

  it("keeps the language's own globals that cells use, the float arrays among them", async () => {
    const names = [
      'Float32Array',
      'Float64Array',
      'Uint8Array',
      'BigInt64Array',
      'DataView',
      'Map',
    ];
    const file = join(tempDir(), 'globals.algo.md');
    writeFileSync(
      file,
      `---\nalgobook: 1\nid: globals\ntitle: Globals\n---\n\n\`\`\`js\n${JSON.stringify(names)}.filter((n) => typeof globalThis[n] !== 'function')\n\`\`\`\n\n\`\`\`js\nnew Float64Array([0.5, Infinity]).length\n\`\`\`\n`,
    );
    const { stdout } = await algobook('run', file, '--json');
    const [missing, floats] = (JSON.parse(stdout) as { cells: JsonCell[] }).cells;
    expect(missing.outputs).toEqual([{ kind: 'value', value: [] }]);
    expect(floats.outputs).toEqual([{ kind: 'value', value: 2 }]);
  });
});
