import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cell, readerUrl, waitForStatus } from '../support/notebook.ts';
import { datasetCard, notebookText, sha256, waitForState } from '../datasets-support.ts';
import { useApp } from '../support/use-app.ts';

// A hostile notebook pins small datasets whose URLs answer with gzip bombs: a little on the
// wire, 200 MB once decoded, and not the pinned bytes. The page must stop each download once it
// passes the pinned size, instead of holding every decoded byte (six such bombs took a tab to
// 4.7 GB), and say why in the data panel.

const DECODED = 200 * 1024 * 1024;
const PINNED = 'code,population\n1,100\n2,200\n';
const BOMBS = ['bomb1', 'bomb2', 'bomb3'];

interface Served {
  /** Decoded bytes the server produced before the answer ended or the client left. */
  produced: number;
  /** The whole answer was sent (the client read it all). */
  finished: boolean;
}

/** CSV lines that gzip shrinks a few times: enough that socket buffers cannot hold the bomb. */
function* csvLines(limit: number, served: Served) {
  let i = 0;
  while (served.produced < limit) {
    let chunk = '';
    for (let n = 0; n < 1000; n++, i++) chunk += `${i},${(i * 7919) % 100_003}\n`;
    served.produced += chunk.length;
    yield chunk;
  }
}

const app = useApp();
let server: Server;
let base = '';
const served = new Map<string, Served>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (path === '/nb/bombs.algo.md') {
      const datasets = Object.fromEntries(
        BOMBS.map((name) => [
          name,
          {
            url: `${base}/data/${name}.csv`,
            format: 'csv',
            sha256: sha256(PINNED),
            bytes: PINNED.length,
          },
        ]),
      );
      const cells = BOMBS.map((name) => `const ${name} = await dataset('${name}');`);
      res.writeHead(200, { 'Content-Type': 'text/markdown' });
      res.end(notebookText(datasets, cells, { id: 'bombs', title: 'Bombs' }));
      return;
    }
    const bomb = /^\/data\/(bomb\d)\.csv$/.exec(path)?.[1];
    if (!bomb) return void res.writeHead(404).end();
    const record: Served = { produced: 0, finished: false };
    served.set(bomb, record);
    res.writeHead(200, { 'Content-Type': 'text/csv', 'Content-Encoding': 'gzip' });
    res.on('finish', () => (record.finished = true));
    pipeline(Readable.from(csvLines(DECODED, record)), createGzip({ level: 1 }), res).catch(
      () => {},
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

describe('hostile: gzip bombs as datasets', () => {
  it('stops each download past the pinned size, keeps nothing of it, and says why', async () => {
    const page = await app.newPage();
    await page.goto(readerUrl(app.server.url, `${base}/nb/bombs.algo.md`));
    for (const [i, name] of BOMBS.entries()) {
      await waitForStatus(cell(page, i + 1), /^error$/);
      const card = datasetCard(page, name);
      await waitForState(card, /changed since pinned/);
      const alert = card.getByRole('alert').filter({ hasText: 'changed since it was pinned' });
      const text = await alert.innerText();
      expect(text).toContain(sha256(PINNED));
      expect(text).toMatch(
        new RegExp(`more than the pinned ${PINNED.length}\\sbytes: the download stopped after`),
      );
      expect(text).toContain(`${base}/data/${name}.csv`);
    }
    for (const name of BOMBS) {
      const record = served.get(name);
      // The page read far less than the bomb: it left before the end.
      expect(record?.finished).toBe(false);
      expect(record?.produced).toBeLessThan(DECODED / 2);
    }
  });
});
