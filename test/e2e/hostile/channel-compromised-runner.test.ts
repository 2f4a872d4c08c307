/**
 * A runner whose port a notebook's code got hold of can send the page anything. Each test
 * replaces the runner with one that does one such thing, and checks that the page drops it,
 * says this notebook tampered with its runner, ends the runner for good, and is unharmed: no
 * property set on its `Object.prototype`, no request to the attacker's URL.
 */
import { describe, expect, it } from 'vitest';
import { cell, readerUrl } from '../support/notebook.ts';
import {
  attacker,
  compromisedRunner,
  expectPageUnpolluted,
  expectRunnerEnded,
  notebook,
  replaceRunner,
  runnerAlert,
  serveNotebook,
} from './channel-support.ts';
import { useApp, useServer } from '../support/use-app.ts';

const app = useApp();
const site = useServer(() => serveNotebook(notebook()));
const evil = useServer(attacker);

const comlink = (message: string) => `port.postMessage(${message});`;

// Each attack as the body of `(port, update) => …`; EVIL is the attacker's file URL.
const ATTACKS: [string, string][] = [
  [
    'a raw Comlink SET on __proto__',
    comlink(
      "{ id: 'a', type: 'SET', path: ['__proto__', 'polluted'], value: { type: 'RAW', value: 'yes' } }",
    ),
  ],
  [
    'a raw Comlink APPLY of loadDataset with a spec of its own',
    comlink(
      "{ id: 'b', type: 'APPLY', path: ['loadDataset'], argumentList: [{ type: 'RAW', value: 'd' }, { type: 'RAW', value: { url: EVIL, format: 'csv', sha256: 'a'.repeat(64) } }] }",
    ),
  ],
  ['a raw Comlink GET', comlink("{ id: 'c', type: 'GET', path: ['onEvents'] }")],
  [
    'a raw Comlink CONSTRUCT',
    comlink("{ id: 'd', type: 'CONSTRUCT', path: [], argumentList: [] }"),
  ],
  [
    'garbage',
    "port.postMessage('hello'); port.postMessage(42); port.postMessage({ kind: 'nope' });",
  ],
  [
    'a dataset request that carries a URL of its own',
    comlink("{ kind: 'dataset-request', id: 1, name: 'd', spec: { url: EVIL } }"),
  ],
  [
    'a parse-error whose parameters are not plain values',
    // The page words a coded error from its parameters: only strings and numbers are admitted.
    comlink(
      "{ kind: 'events', events: [{ kind: 'parse-error', dataset: 'd', sha256: 'a'.repeat(64), bytes: 1, error: 'e', code: 'dataset-empty', params: { dataset: { toString: EVIL } } }] }",
    ),
  ],
  [
    'a forged output for another cell (3 under 1 + 1)',
    // Cell 2 (`1 + 1`) ran honestly; then a value 3 arrives for it, outside any run.
    `const [first, second] = update.cells.map((c) => c.id);
     port.postMessage({ kind: 'events', events: [
       { kind: 'running', cellId: second, run: 1 },
       { kind: 'output', cellId: second, run: 1, output: { kind: 'value', value: 2 } },
       { kind: 'done', cellId: second, run: 1, ms: 1 },
     ] });
     port.postMessage({ kind: 'events', events: [
       { kind: 'output', cellId: second, run: 1, output: { kind: 'value', value: 3 } },
     ] });`,
  ],
];

describe('a compromised runner', () => {
  for (const [name, attack] of ATTACKS) {
    it(`sending ${name} is dropped, named, and ends the runner for good`, async () => {
      const page = await app.newPage();
      try {
        const script = compromisedRunner(
          `const EVIL = ${JSON.stringify(`${evil.url}x.csv`)};\n${attack}`,
        );
        await replaceRunner(page, script);
        await page.goto(readerUrl(app.server.url, `${site.url}hostile.algo.md`));
        await runnerAlert(page).waitFor();
        expect(await runnerAlert(page).innerText()).toContain(
          "This notebook's code tampered with its runner",
        );
        await expectRunnerEnded(page);
        await expectPageUnpolluted(page);
        expect(evil.hits()).toBe(0);
        // The forged value is never shown.
        expect(await cell(page, 2).innerText()).not.toMatch(/\b3\b/);
      } finally {
        await page.context().close();
      }
    });
  }

  it('that floods the page is ended, and the reader is told why', async () => {
    const page = await app.newPage();
    try {
      await replaceRunner(
        page,
        compromisedRunner(
          `const cell = update.cells[1].id;
           port.postMessage({ kind: 'events', events: [{ kind: 'running', cellId: cell, run: 1 }] });
           const batch = Array.from({ length: 500 }, (_, i) =>
             ({ kind: 'output', cellId: cell, run: 1, output: { kind: 'value', value: i } }));
           for (let i = 0; i < 100; i++) port.postMessage({ kind: 'events', events: batch });`,
        ),
      );
      // Not waiting for `load`: the flood may start before it.
      await page.goto(readerUrl(app.server.url, `${site.url}hostile.algo.md`), {
        waitUntil: 'commit',
      });
      await runnerAlert(page).waitFor();
      expect(await runnerAlert(page).innerText()).toContain(
        "This notebook's code sent the page more than a run may send",
      );
      await expectRunnerEnded(page);
    } finally {
      await page.context().close();
    }
  });

  it('is not what an honest notebook meets: the same notebook runs with the real runner', async () => {
    const page = await app.newPage();
    try {
      await page.goto(readerUrl(app.server.url, `${site.url}hostile.algo.md`));
      await expect.poll(() => cell(page, 2).innerText()).toMatch(/\b2\b/);
      expect(await runnerAlert(page).count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });
});
