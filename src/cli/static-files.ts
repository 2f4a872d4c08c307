import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.arrow': 'application/vnd.apache.arrow.stream',
  '.parquet': 'application/vnd.apache.parquet',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

/**
 * A request handler serving the files of `roots`, the first that has the path winning, as a
 * static host does: a folder's `index.html`, 404 for anything else (never the app's page in
 * place of a missing file, which would look like a changed dataset), nothing outside the roots
 * (`..`, a symbolic link to elsewhere), GET and HEAD only.
 */
export function staticFiles(roots: readonly string[]) {
  const bases = roots.map((root) => resolve(root));
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
      return;
    }
    const found = path.includes('\0') ? undefined : await firstFile(bases, path);
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    // A folder's page is answered at its address with a slash, as static hosts do, so that its
    // relative links (a version's page: `v1.algo.md`, `../assets/…`) resolve in the folder.
    if (found.folder && !path.endsWith('/')) {
      res.writeHead(301, { Location: `${encodeURI(path)}/` }).end();
      return;
    }
    const file = found.file;
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String((await stat(file)).size),
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
}

/**
 * The real path of the first file `path` names under one of `bases`, inside it; `folder` when
 * it is a folder's `index.html`.
 */
async function firstFile(
  bases: readonly string[],
  path: string,
): Promise<{ file: string; folder: boolean } | undefined> {
  for (const base of bases) {
    const candidate = join(base, path);
    if (candidate !== base && !candidate.startsWith(base + sep)) continue;
    try {
      const realBase = await realpath(base);
      let real = await realpath(candidate);
      const folder = (await stat(real)).isDirectory();
      if (folder) real = await realpath(join(real, 'index.html'));
      if (real.startsWith(realBase + sep) && (await stat(real)).isFile())
        return { file: real, folder };
    } catch {
      // Not in this root: the next one may have it.
    }
  }
  return undefined;
}
