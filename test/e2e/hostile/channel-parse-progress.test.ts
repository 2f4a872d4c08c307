/**
 * A runner tells the page how far it is in reading a dataset (`parse-progress`), and the page
 * asks it to cancel (`cancel-parse`). A compromised runner could forge progress for a dataset it
 * does not read, claim more bytes done than there are, or flood the page with progress: the
 * protocol (`src/runner/protocol.ts`) and the event gate (`src/runner/event-gate.ts`) refuse
 * each, and the page ends the runner and says the notebook tampered with it. Each runner below
 * starts an honest parse, which the page shows, and attacks once the reader presses Cancel.
 */
import { describe, expect, it } from 'vitest';
import { readerUrl } from '../support/notebook.ts';
import {
  compromisedRunner,
  expectRunnerEnded,
  notebook,
  replaceRunner,
  runnerAlert,
  serveNotebook,
} from './channel-support.ts';
import { datasetCard } from '../datasets-support.ts';
import { useApp, useServer } from '../support/use-app.ts';

const app = useApp();
const site = useServer(() => serveNotebook(notebook()));

/** An honest start: a parse of `d`, 400 of its 1000 bytes done; then `attack` on Cancel. */
const onCancel = (attack: string) => `
  const sha256 = update.datasets.d.sha256;
  const bytes = 1000;
  const progress = (done, more = {}) =>
    ({ kind: 'parse-progress', dataset: 'd', sha256, bytes, done, ...more });
  const send = (...events) => port.postMessage({ kind: 'events', events });
  port.onmessage = (message) => {
    const m = message.data;
    if (m && m.kind === 'ping') port.postMessage({ kind: 'pong', seq: m.seq });
    if (m && m.kind === 'cancel-parse' && m.name === 'd') { ${attack} }
  };
  port.postMessage({ kind: 'reply', id: update.id, value: undefined });
  send({ kind: 'parse-start', dataset: 'd', sha256, bytes });
  send(progress(400));`;

const ATTACKS: [string, string][] = [
  [
    'progress for a parse that has ended',
    `send({ kind: 'parse-error', dataset: 'd', sha256, bytes, error: 'cancelled' });
     send(progress(900));`,
  ],
  ['more bytes done than there are', 'send(progress(2000));'],
  [
    'progress of other bytes than those being read',
    `send(progress(900, { sha256: 'b'.repeat(64) }));`,
  ],
  ['progress of a dataset the notebook does not pin', `send(progress(900, { dataset: 'x' }));`],
  [
    'a flood of progress that does not advance',
    'for (let i = 0; i < 2000; i++) send(progress(401));',
  ],
  ['progress that goes back', 'send(progress(100));'],
];

describe('a runner that forges the progress of a parse', () => {
  for (const [name, attack] of ATTACKS) {
    it(`sending ${name} is refused, named, and ends the runner for good`, async () => {
      const page = await app.newPage();
      try {
        await replaceRunner(page, compromisedRunner(onCancel(attack)));
        await page.goto(readerUrl(app.server.url, `${site.url}hostile.algo.md`));
        const card = datasetCard(page, 'd');
        const bar = card.getByRole('progressbar', { name: 'Reading of d' });
        // The honest part is shown: 400 of 1000 bytes.
        await expect.poll(() => bar.getAttribute('value')).toBe('400');
        expect(await bar.getAttribute('max')).toBe('1000');
        expect(await runnerAlert(page).count()).toBe(0);

        await card.getByRole('button', { name: 'Cancel' }).click();
        await runnerAlert(page).waitFor();
        expect(await runnerAlert(page).innerText()).toContain(
          "This notebook's code tampered with its runner",
        );
        await expectRunnerEnded(page);
        // The forged progress is never shown, and no parse is said to go on.
        await expect.poll(() => bar.count()).toBe(0);
      } finally {
        await page.context().close();
      }
    });
  }
});
