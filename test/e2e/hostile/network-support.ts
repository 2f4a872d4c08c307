/**
 * What the network tests share: a loopback server that records every request it receives (HTTP
 * and WebSocket upgrades alike) and answers anyone, as an attacker's collection server would.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingServer {
  /** `http://127.0.0.1:PORT`, an origin as `network:` takes it. */
  origin: string;
  /** Paths requested so far, in order. */
  readonly received: string[];
  close(): Promise<void>;
}

export async function recordingServer(): Promise<RecordingServer> {
  const received: string[] = [];
  const server: Server = createServer((req, res) => {
    received.push(req.url ?? '');
    res.writeHead(200, {
      'Access-Control-Allow-Origin': '*',
      'Content-Type': req.url?.startsWith('/sse') ? 'text/event-stream' : 'text/plain',
    });
    res.end(`reached ${req.url}`);
  });
  server.on('upgrade', (req, socket) => {
    received.push(req.url ?? '');
    socket.destroy();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** A code cell's fenced block. */
export function js(source: string): string {
  return '```js\n' + source.trim() + '\n```\n';
}

/**
 * A cell that starts a worker of its own (it has fresh globals, out of reach of any wrapper the
 * runner installs) and makes it try `fetch`, XHR and WebSocket to `target`; the cell displays
 * what the worker saw. Only the Content-Security-Policy the nested worker inherits can stop it.
 */
export function nestedWorkerCell(target: string): string {
  const ws = target.replace('http', 'ws');
  return js(`
const nested = await new Promise((resolve) => {
  const code = \`
    const settle = (socket) => new Promise((done) => {
      socket.onopen = () => done('open');
      socket.onerror = () => done('error');
    });
    (async () => {
      const out = [];
      try { await fetch('${target}/nested-fetch'); out.push('fetch ok'); } catch (e) { out.push('fetch ' + e.name); }
      try { const x = new XMLHttpRequest(); x.open('GET', '${target}/nested-xhr', false); x.send(); out.push('xhr ok'); }
      catch (e) { out.push('xhr ' + e.name); }
      try { out.push('ws ' + await settle(new WebSocket('${ws}/nested-ws'))); } catch (e) { out.push('ws ' + e.name); }
      try { out.push('sse ' + await settle(new EventSource('${target}/nested-sse'))); } catch (e) { out.push('sse ' + e.name); }
      postMessage(out.join(', '));
    })();
  \`;
  const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
  worker.onmessage = (event) => resolve(event.data);
  worker.onerror = (event) => resolve('worker error ' + event.message);
});
display(md\`Nested worker: \${nested}\`);
`);
}
