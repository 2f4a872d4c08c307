import type { Plugin } from 'vite';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEMO_PORTAL_DIR } from '../src/core/portals/demo-catalog.ts';
import { demoPortalFiles } from './demo-portal.ts';
import { readFrontMatters } from './front-matter.ts';

const EXAMPLES = resolve(import.meta.dirname, '../examples');

/** The demo portal's files built from `examples/` as they are now. */
export function exampleDemoPortal(examples = EXAMPLES): Map<string, Uint8Array> {
  const data = join(examples, 'data');
  const csvs = readdirSync(data)
    .filter((f) => f.endsWith('.csv'))
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(data, file))) }));
  return demoPortalFiles(readFrontMatters(examples), csvs);
}

/**
 * Writes the demo portal (`demo-portal/`: its catalog and exports) into the build, and serves it
 * from memory in development.
 */
export function demoPortalPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'algobook-demo-portal',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use(`/${DEMO_PORTAL_DIR}`, (req, res, next) => {
        const path = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\//, '');
        const body = exampleDemoPortal().get(path);
        if (!body) return next();
        if (path.endsWith('.json')) res.setHeader('Content-Type', 'application/json');
        res.end(body);
      });
    },
    writeBundle() {
      for (const [path, bytes] of exampleDemoPortal()) {
        const dest = join(outDir, DEMO_PORTAL_DIR, path);
        mkdirSync(dirname(dest), { recursive: true });
        writeFileSync(dest, bytes);
      }
    },
  };
}
