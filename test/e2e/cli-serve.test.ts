/**
 * `algobook serve SITE`: the built app and a published site on 127.0.0.1, in one command, as
 * the README says. Started as a person starts it, its catalog opened in Chromium, then stopped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteDir, writeSite } from './fixtures/publish/site.ts';
import { waitForText } from './fixtures/publish/steps.ts';
import { useApp } from './support/use-app.ts';

const BIN = fileURLToPath(new URL('../../bin/algobook.mjs', import.meta.url));
const app = useApp();

let dir = '';
beforeAll(async () => {
  dir = await siteDir();
  await writeSite(dir, 'http://127.0.0.1/');
  // A folder with its own page, as a version's pages are (`<id>/index.html`).
  await mkdir(join(dir, 'folder'));
  await writeFile(join(dir, 'folder/index.html'), '<p>folder</p>');
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Starts `algobook serve`; resolves with the process and the address it prints. */
function serve(site: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', site, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /Serving the app and .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`algobook serve exited ${code}: ${err}`)));
  });
}

/** The answer to a raw request for `path`, sent as written (no normalisation of `..`). */
function answerTo(url: string, path: string): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    request({ hostname, port, path }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: res.headers.location });
    })
      .on('error', reject)
      .end();
  });
}

const statusOf = async (url: string, path: string) => (await answerTo(url, path)).status;

describe('algobook serve', () => {
  it("serves the app with the site's catalog on 127.0.0.1, a version opening with its data, and stops", async () => {
    const { child, url } = await serve(dir);
    try {
      const page = await app.page();
      await page.goto(url);
      const catalog = page.getByRole('region', { name: 'Published on this site' });
      const entry = catalog.getByRole('listitem').filter({ hasText: 'Population of the cities' });
      await entry.getByRole('link', { name: 'Population of the cities' }).click();
      // Version 2, its datasets read from the site beside the app.
      await waitForText(page, 'Sum: 5252056');

      // A missing file is missing, not the app's page; nothing outside the two folders is served.
      expect(await statusOf(url, '/no-such-data.csv')).toBe(404);
      expect(await statusOf(url, '/../../../../etc/hostname')).toBe(404);
      expect(await statusOf(url, '/..%2f..%2f..%2f..%2fetc%2fhostname')).toBe(404);
      expect(await statusOf(url, '/catalog.json')).toBe(200);
      // A folder's page at its address with a slash, where its relative links resolve.
      expect(await answerTo(url, '/folder')).toEqual({ status: 301, location: '/folder/' });
      expect(await statusOf(url, '/folder/')).toBe(200);
    } finally {
      const exited = new Promise<number | null>((ok) => child.once('exit', ok));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
