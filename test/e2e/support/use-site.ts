/**
 * The publishing fixtures' site (`city-total` in two versions, its fork, the catalog) written
 * into a new folder and served with CORS on an origin of its own, for one test file: written in
 * `beforeAll`, removed in `afterAll`.
 */
import { afterAll, beforeAll } from 'vitest';
import { rm } from 'node:fs/promises';
import { siteDir, writeSite, type Site } from '../fixtures/publish/site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { later } from './use-app.ts';

export function useSite(): { host: StaticServer; site: Site } {
  let host: StaticServer | undefined;
  let site: Site | undefined;
  beforeAll(async () => {
    const dir = await siteDir();
    host = await serveStatic(dir, { cors: true });
    site = await writeSite(dir, host.url);
  });
  afterAll(async () => {
    await host?.close();
    if (site) await rm(site.dir, { recursive: true, force: true });
  });
  return { host: later(() => host, "The site's server"), site: later(() => site, 'The site') };
}
