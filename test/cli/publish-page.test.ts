import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { algobook, CLI_TIMEOUT, removeTempDirs, ROOT, tempDir } from './cli.ts';
import { builtApp, draft } from './publish-fixture.ts';

afterAll(removeTempDirs);

const page = (site: string, path: string) => readFileSync(join(site, path), 'utf8');

describe.concurrent('algobook publish: the version’s page', { timeout: CLI_TIMEOUT * 3 }, () => {
  it('writes vN.html with the results drawn in the app’s page, and index.html for the latest', async () => {
    const file = draft({ extra: '\n<img src=x onerror="alert(1)"><script>alert(2)</script>\n' });
    const site = join(tempDir(), 'site');
    const app = builtApp();
    const first = await algobook('publish', file, '--site', site, '-m', 'First', '--app', app);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    const v1 = page(site, 'pop/v1.html');
    // The app's head, its paths one folder up; the notebook's title, not the app's.
    expect(v1).toContain(`href="../assets/index-TEST.js" data-app-entry>`);
    expect(v1).toContain(`<link rel="stylesheet" crossorigin href="../assets/index-TEST.css">`);
    expect(v1).toContain(`content="default-src 'self'; script-src 'self'"`);
    expect(v1).toContain('<title>Population · algobook</title>');
    expect(v1).not.toContain('<title>algobook</title>');
    // The results of the publishing run, drawn: the table's rows and the value.
    expect(v1).toMatch(/<td>A<\/td>\s*<td>10<\/td>/);
    expect(v1).toContain('<pre class="value">30</pre>');
    // Where the app takes over: the version, from the site's folder.
    expect(v1).toContain('<div id="prerendered" data-route="../#/pop@1">');
    expect(v1).toContain('<div id="app"></div>');
    // The notebook's markup is shown as text, as in the export: nothing of it can run.
    expect(v1).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(v1).not.toMatch(/<img[^>]*onerror|<script>alert/);
    // The latest page names the notebook, not a version.
    expect(page(site, 'pop/index.html')).toContain('data-route="../#/pop"');

    const second = await algobook(
      'publish',
      file,
      '--site',
      site,
      '-m',
      'Second',
      '--allow-same',
      '--app',
      app,
    );
    expect(second.code).toBe(0);
    expect(page(site, 'pop/v1.html')).toBe(v1);
    expect(page(site, 'pop/v2.html')).toContain('data-route="../#/pop@2"');
    // The latest is replaced: version 2's hash in it, not version 1's.
    const v2sha = /sha256 ([0-9a-f]{64})/.exec(second.stdout)?.[1];
    expect(v2sha).toBeDefined();
    expect(page(site, 'pop/index.html')).toContain(v2sha);
  });

  it('in French for a French notebook', async () => {
    const file = draft({ front: 'lang: fr\n' });
    const site = join(tempDir(), 'site');
    const done = await algobook('publish', file, '--site', site, '-m', 'Un', '--app', builtApp());
    expect(done.code).toBe(0);
    const v1 = page(site, 'pop/v1.html');
    expect(v1).toContain('<html lang="fr">');
    expect(v1).toContain('Résultats publiés');
  });

  it('shows the notebooks it imports first, as the export does', async () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'test/fixtures/imports'), dir, { recursive: true });
    const site = join(tempDir(), 'site');
    const done = await algobook(
      'publish',
      join(dir, 'importer.algo.md'),
      '--site',
      site,
      '-m',
      'First',
      '--app',
      builtApp(),
    );
    expect(done).toMatchObject({ code: 0, stderr: '' });
    const v1 = page(site, 'pm-report/v1.html');
    expect(v1).toMatch(
      /Imported from <code>lib\.algo\.md<\/code> \(sha256 <code class="hash">[0-9a-f]{64}<\/code>\)/,
    );
    // Before the notebook's own cells, as they run first.
    expect(v1.indexOf('The PM index')).toBeLessThan(v1.indexOf('id="cell-2"'));
  });

  it('without the built app: publishes the version, writes no page, and says so', async () => {
    const file = draft();
    const site = join(tempDir(), 'site');
    const noApp = tempDir();
    const done = await algobook('publish', file, '--site', site, '-m', 'First', '--app', noApp);
    expect(done.code).toBe(0);
    expect(done.stderr).toContain('no page was written for this version');
    expect(done.stderr).toContain(join(noApp, 'index.html'));
    expect(existsSync(join(site, 'pop/v1.algo.md'))).toBe(true);
    expect(existsSync(join(site, 'pop/v1.html'))).toBe(false);
    expect(existsSync(join(site, 'pop/index.html'))).toBe(false);
  });

  it('with another page as the app: writes no page, and says so', async () => {
    const file = draft();
    const site = join(tempDir(), 'site');
    const other = tempDir();
    writeFileSync(join(other, 'index.html'), '<p>not the app</p>');
    const done = await algobook('publish', file, '--site', site, '-m', 'First', '--app', other);
    expect(done.code).toBe(0);
    expect(done.stderr).toContain('is not the app');
    expect(existsSync(join(site, 'pop/v1.html'))).toBe(false);
  });
});
