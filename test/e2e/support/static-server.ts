import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.arrow': 'application/vnd.apache.arrow.stream',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Answer with `Access-Control-Allow-Origin: *`, as open-data hosts do. */
  cors?: boolean;
  /** A second folder, answered for paths the first does not have (a site beside the app). */
  also?: string;
  /**
   * Answer a path with no file with the folder's `index.html` (200, `text/html`), as single-page
   * hosts and `vite preview` (`npm start`) do.
   */
  spa?: boolean;
  /** Extra routes answered before files: path → handler result. */
  routes?: Record<
    string,
    () => {
      status?: number;
      type?: string;
      body: string | Uint8Array;
      headers?: Record<string, string>;
    }
  >;
}

/** Serves a folder on 127.0.0.1 (a free port), as a static host would. */
export async function serveStatic(
  dir: string,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (options.cors) res.setHeader('Access-Control-Allow-Origin', '*');
    const route = options.routes?.[path];
    if (route) {
      const r = route();
      res.writeHead(r.status ?? 200, { 'Content-Type': r.type ?? 'text/plain', ...r.headers });
      res.end(r.body);
      return;
    }
    const roots = options.also === undefined ? [root] : [root, resolve(options.also)];
    const files = roots.map((dir) => normalize(join(dir, path)));
    if (files.some((file, i) => !file.startsWith(roots[i]))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const file = await firstFile(files);
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    } catch {
      if (options.spa) {
        res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache' });
        res.end(await readFile(join(root, 'index.html')));
        return;
      }
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** The first of `files` that exists (a folder's `index.html`); throws when none does. */
async function firstFile(files: readonly string[]): Promise<string> {
  for (const [i, candidate] of files.entries()) {
    try {
      return (await stat(candidate)).isDirectory() ? join(candidate, 'index.html') : candidate;
    } catch (error) {
      if (i === files.length - 1) throw error;
    }
  }
  throw new Error('no file');
}
