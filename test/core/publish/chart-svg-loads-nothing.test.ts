import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chartSvg } from '../../../src/core/publish/chart-svg.ts';

const hits: string[] = [];
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'Content-Type': 'text/csv' }).end('a\n1\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

describe('chartSvg(spec) in an export', () => {
  it('fetches neither data nor images named by the spec', async () => {
    await chartSvg({
      data: { url: `${origin}/data.csv` },
      mark: 'bar',
      encoding: { x: { field: 'a', type: 'quantitative' } },
    });
    await chartSvg({
      data: { values: [{ u: `${origin}/image.png`, x: 1 }] },
      mark: 'image',
      encoding: { url: { field: 'u' }, x: { field: 'x', type: 'quantitative' } },
    });
    expect(hits).toEqual([]);
  });
});
