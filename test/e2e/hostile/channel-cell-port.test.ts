/**
 * Cell code shares the worker with the runner. These notebooks try, from a cell, every way to
 * reach the runner's port or to change what the runner sends: the port must stay out of reach
 * (kept in the runner's closure, the realm locked down before any cell runs), and the page
 * must stay unharmed.
 */
import { describe, expect, it } from 'vitest';
import { cell, readerUrl, waitForOutput } from '../support/notebook.ts';
import { expectPageUnpolluted, notebook, runnerAlert, serveNotebook } from './channel-support.ts';
import { useApp, useServer } from '../support/use-app.ts';

// Cell 1 sets traps for the port; cell 2 makes the runner post (an output), then uses every
// port it caught to set a property on the page's Object.prototype; cell 3 says what it found.
const CELLS = [
  `const ports = new Set();
const refused = [];
function trap(what, install) {
  try {
    install();
  } catch (error) {
    refused.push(what);
  }
}
trap('MessagePort.prototype.postMessage', () => {
  const original = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (...args) {
    ports.add(this);
    return original.apply(this, args);
  };
  if (MessagePort.prototype.postMessage === original) throw new Error('unchanged');
});
trap('EventTarget.prototype.addEventListener', () => {
  const original = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (...args) {
    if (this instanceof MessagePort) ports.add(this);
    return original.apply(this, args);
  };
  if (EventTarget.prototype.addEventListener === original) throw new Error('unchanged');
});
trap('Object.prototype', () => {
  Object.defineProperty(Object.prototype, 'ports', { set(v) { ports.add(v); }, configurable: true });
});
trap('JSON', () => {
  globalThis.JSON = { stringify: () => 'forged', parse: JSON.parse };
  if (JSON.stringify(1) !== 'forged') throw new Error('unchanged');
});
addEventListener('message', (event) => event.ports.forEach((port) => ports.add(port)));
for (const key of Reflect.ownKeys(globalThis)) {
  try {
    if (globalThis[key] instanceof MessagePort) ports.add(globalThis[key]);
  } catch {}
}`,
  `display('bait');
await new Promise((resolve) => setTimeout(resolve, 100));
for (const port of ports)
  port.postMessage({ id: 'x', type: 'SET', path: ['__proto__', 'polluted'], value: { type: 'RAW', value: 'yes' } });
const caught = ports.size;`,
  'md`caught: ${caught}; refused: ${refused.join(", ")}`',
];

const app = useApp();
const site = useServer(() => serveNotebook(notebook(CELLS)));

describe("a cell trying to reach the runner's port", () => {
  it('finds no port, cannot replace what the runner calls, and leaves the page unharmed', async () => {
    const page = await app.newPage();
    try {
      await page.goto(readerUrl(app.server.url, `${site.url}hostile.algo.md`));
      const said = await waitForOutput(cell(page, 3), 'caught:', /^caught: \d+/);
      expect(said).toBe(
        'caught: 0; refused: MessagePort.prototype.postMessage, EventTarget.prototype.addEventListener, Object.prototype, JSON',
      );
      await expectPageUnpolluted(page);
      expect(await runnerAlert(page).count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });
});
