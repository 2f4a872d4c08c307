/**
 * A runner that floods the page once its cells are done: no cell runs, so neither Stop nor the
 * time limit would help. The page's meter (`src/app/runner/flood-meter.ts`) counts messages
 * while no cell runs; past the cap, the page ends the runner for good and tells the reader why,
 * and stays responsive.
 */
import { describe, expect, it } from 'vitest';
import { cell, readerUrl } from '../support/notebook.ts';
import {
  compromisedRunner,
  expectRunnerEnded,
  notebook,
  replaceRunner,
  runnerAlert,
  serveNotebook,
} from './channel-support.ts';
import { useApp, useServer } from '../support/use-app.ts';

const app = useApp();
const site = useServer(() => serveNotebook(notebook(['"one"', '"two"'])));

/** Runs every cell honestly to its end, answers the update, then sends messages for ever. */
const DONE_THEN_FLOOD = `
  const events = update.cells.flatMap((c) => [
    { kind: 'running', cellId: c.id, run: 1 },
    { kind: 'output', cellId: c.id, run: 1, output: { kind: 'value', value: 'honest ' + c.id } },
    { kind: 'done', cellId: c.id, run: 1, ms: 1 },
  ]);
  port.postMessage({ kind: 'events', events });
  port.postMessage({ kind: 'reply', id: update.id, value: undefined });
  const flood = () => {
    for (let i = 0; i < 1000; i++) port.postMessage({ kind: 'events', events: [] });
    setTimeout(flood, 0);
  };
  setTimeout(flood, 0);`;

describe('a runner that floods the page after its cells are done', () => {
  it('is ended, the reader is told why, and the page stays responsive', async () => {
    const page = await app.newPage();
    try {
      await replaceRunner(page, compromisedRunner(DONE_THEN_FLOOD));
      await page.goto(readerUrl(app.server.url, `${site.url}hostile.algo.md`), {
        waitUntil: 'commit',
      });
      await runnerAlert(page).waitFor();
      expect(await runnerAlert(page).innerText()).toContain(
        "This notebook's code sent the page more than a run may send",
      );
      await expectRunnerEnded(page);
      // The cells had finished: their outputs stay.
      expect(await cell(page, 1).innerText()).toContain('honest');
      expect(await cell(page, 2).innerText()).toContain('honest');
      // The page answers: a frame is painted, and a button responds to the reader.
      expect(
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(true)))),
      ).toBe(true);
      await page.getByRole('button', { name: 'Edit a copy' }).click();
      await page.getByRole('toolbar', { name: 'Notebook' }).waitFor();
    } finally {
      await page.context().close();
    }
  });
});
