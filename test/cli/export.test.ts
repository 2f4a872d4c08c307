import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from '../../src/core/format/parse.ts';
import { canonicalText } from '../../src/core/publish/canonical-text.ts';
import { fromIpynb } from '../../src/core/publish/ipynb-import.ts';
import { VEGA_LITE_MIME } from '../../src/core/publish/ipynb-export.ts';
import { algobook, CLI_TIMEOUT, EXAMPLES, removeTempDirs, tempDir } from './cli.ts';
import { draft } from './publish-fixture.ts';

afterAll(removeTempDirs);

const ATMO = join(EXAMPLES, 'indice-atmo.algo.md');

describe.concurrent('algobook export', { timeout: CLI_TIMEOUT * 4 }, () => {
  it('--to md -o - prints the canonical text, which reads back as the same notebook', async () => {
    const { code, stdout } = await algobook('export', ATMO, '--to', 'md', '-o', '-');
    expect(code).toBe(0);
    expect(stdout).toBe(canonicalText(parse(readFileSync(ATMO, 'utf8'))));
  });

  it('--to ipynb -o writes a Jupyter notebook with the outputs of the run', async () => {
    const out = join(tempDir(), 'atmo.ipynb');
    const { code, stderr } = await algobook('export', ATMO, '--to', 'ipynb', '-o', out);
    expect(code).toBe(0);
    expect(stderr).toBe(`Wrote ${out}\n`);
    const text = readFileSync(out, 'utf8');
    const ipynb = JSON.parse(text);
    expect(ipynb.nbformat).toBe(4);
    const kinds = ipynb.cells.flatMap((c: { outputs?: { data?: object }[] }) =>
      (c.outputs ?? []).flatMap((o) => Object.keys(o.data ?? {})),
    );
    expect(kinds).toContain('text/html');
    expect(kinds).toContain(VEGA_LITE_MIME);
    expect(kinds).toContain('image/svg+xml');
    expect(canonicalText(fromIpynb(text))).toBe(canonicalText(parse(readFileSync(ATMO, 'utf8'))));
  });

  it('--to html without -o writes a standalone page next to the notebook, named after it, and says where', async () => {
    const file = draft();
    const { code, stdout, stderr } = await algobook('export', file, '--to', 'html');
    expect(code).toBe(0);
    const page = join(dirname(file), 'notebook.html');
    expect({ stdout, stderr }).toEqual({ stdout: '', stderr: `Wrote ${page}\n` });
    const html = readFileSync(page, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<caption>2 rows × 2 columns</caption>');
    expect(html).toContain('<pre class="value">30</pre>');
    expect(html).toContain('<h3><code>pop</code></h3>');
    expect(html).toContain('<h2 id="card-title">Transparency card</h2>');
  });

  it('--to md without -o never replaces the notebook itself', async () => {
    const file = draft();
    const before = readFileSync(file, 'utf8');
    const refused = await algobook('export', file, '--to', 'md');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`--to md would replace ${file} itself`);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(dirname(file)).sort()).toEqual(['data', 'notebook.algo.md']);
  });

  it('exits 2 with a clear message on a wrong command line or an unreadable notebook', async () => {
    const noFormat = await algobook('export', ATMO);
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toContain('say which format with --to (ipynb, html, md)');
    const badFormat = await algobook('export', ATMO, '--to', 'pdf');
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('unknown format "pdf"; expected one of ipynb, html, md');
    const missing = await algobook('export', join(tempDir(), 'none.algo.md'), '--to', 'md');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*none\.algo\.md: no such file\./);
    const badOut = await algobook(
      'export',
      ATMO,
      '--to',
      'md',
      '-o',
      join(tempDir(), 'no/such/dir/x.md'),
    );
    expect(badOut.code).toBe(2);
    expect(badOut.stderr).toMatch(/cannot write .*x\.md: no such file\./);
  });
});
